from dataclasses import dataclass, field
from typing import List


@dataclass
class Student:  # without order=True, sorted() raises TypeError
    grade: int
    name: str
    clubs: List[str] = field(default_factory=list)

    def passed(self) -> bool:
        return self.grade >= 50
