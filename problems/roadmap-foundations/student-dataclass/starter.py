# A sortable Student dataclass (student-dataclass)
# Judge it with: judge submit student-dataclass.py
from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Student:
    # the fields, in this order: grade (int), name (str), clubs (List[str], empty by default)

    def passed(self) -> bool:
        raise NotImplementedError("your solution here")
