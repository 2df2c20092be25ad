from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Student:
    grade: int
    name: str
    clubs: List[str] = field(default_factory=list)

    def passed(self) -> bool:
        return self.grade > 50  # 50 itself is a pass
