import dataclasses
from typing import List


@dataclasses.dataclass(order=True)
class Student:
    grade: int
    name: str
    clubs: List[str] = dataclasses.field(default_factory=lambda: [])

    def passed(self) -> bool:
        return not self.grade < 50
