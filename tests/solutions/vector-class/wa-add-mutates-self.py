from typing import Iterator, List


class Vector:
    def __init__(self, values: List[int]) -> None:
        self.values = values

    def __repr__(self) -> str:
        return f"Vector({self.values})"

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[int]:
        return iter(self.values)

    def __add__(self, other: "Vector") -> "Vector":
        if len(self) != len(other):
            raise ValueError("vectors have different lengths")
        # changes self instead of building a new Vector
        for i in range(len(self.values)):
            self.values[i] += other.values[i]
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self.values == other.values
