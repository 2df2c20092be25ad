from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Student:
    name: str  # declared first, so sorting goes by name
    grade: int
    clubs: List[str] = field(default_factory=list)

    def passed(self) -> bool:
        return self.grade >= 50
