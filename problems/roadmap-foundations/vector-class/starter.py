# A Vector that adds, measures and iterates (vector-class)
# Judge it with: judge submit vector-class.py
from typing import Iterator, List


class Vector:
    def __init__(self, values: List[int]) -> None:
        self.values = list(values)

    def __repr__(self) -> str:
        raise NotImplementedError("your solution here")

    def __len__(self) -> int:
        raise NotImplementedError("your solution here")

    def __iter__(self) -> Iterator[int]:
        raise NotImplementedError("your solution here")

    def __add__(self, other: "Vector") -> "Vector":
        raise NotImplementedError("your solution here")

    def __eq__(self, other: object) -> bool:
        raise NotImplementedError("your solution here")
