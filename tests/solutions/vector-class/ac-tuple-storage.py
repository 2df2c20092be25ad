from typing import Iterator, List, Tuple


class Vector:
    def __init__(self, values: List[int]) -> None:
        self._items: Tuple[int, ...] = tuple(values)

    def __repr__(self) -> str:
        return "Vector(" + repr(list(self._items)) + ")"

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[int]:
        for item in self._items:
            yield item

    def __add__(self, other: "Vector") -> "Vector":
        if len(self) != len(other):
            raise ValueError("lengths differ")
        result: List[int] = []
        for x, y in zip(self, other):
            result.append(x + y)
        return Vector(result)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Vector):
            return self._items == other._items
        return NotImplemented
