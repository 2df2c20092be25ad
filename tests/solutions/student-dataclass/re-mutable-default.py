from dataclasses import dataclass
from typing import List


@dataclass(order=True)
class Student:
    grade: int
    name: str
    clubs: List[str] = []  # dataclasses refuse this: ValueError: mutable default

    def passed(self) -> bool:
        return self.grade >= 50
