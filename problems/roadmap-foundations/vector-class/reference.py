from typing import Iterator, List


class Vector:
    def __init__(self, values: List[int]) -> None:
        self.values = list(values)

    def __repr__(self) -> str:
        return f"Vector({self.values})"

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[int]:
        return iter(self.values)

    def __add__(self, other: "Vector") -> "Vector":
        if len(self) != len(other):
            raise ValueError("vectors have different lengths")
        return Vector([x + y for x, y in zip(self, other)])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self.values == other.values
