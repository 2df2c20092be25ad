from typing import List, Optional


class Student:
    def __init__(self, grade: int, name: str, clubs: Optional[List[str]] = None) -> None:
        self.grade = grade
        self.name = name
        self.clubs: List[str] = clubs if clubs is not None else []

    def __repr__(self) -> str:
        return f"Student(grade={self.grade!r}, name={self.name!r}, clubs={self.clubs!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Student):
            return NotImplemented
        return (self.grade, self.name, self.clubs) == (other.grade, other.name, other.clubs)

    def __lt__(self, other: "Student") -> bool:
        return (self.grade, self.name, self.clubs) < (other.grade, other.name, other.clubs)

    def __gt__(self, other: "Student") -> bool:
        return (self.grade, self.name, self.clubs) > (other.grade, other.name, other.clubs)

    def passed(self) -> bool:
        return self.grade >= 50
