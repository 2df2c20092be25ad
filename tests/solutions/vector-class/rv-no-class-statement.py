from typing import Any, Iterator, List


def _init(self: Any, values: List[int]) -> None:
    self.values = list(values)


def _repr(self: Any) -> str:
    return f"Vector({self.values})"


def _len(self: Any) -> int:
    return len(self.values)


def _iter(self: Any) -> Iterator[int]:
    return iter(self.values)


def _add(self: Any, other: Any) -> Any:
    if len(self.values) != len(other.values):
        raise ValueError("vectors have different lengths")
    return Vector([x + y for x, y in zip(self.values, other.values)])


def _eq(self: Any, other: object) -> bool:
    if not isinstance(other, Vector):
        return NotImplemented
    return bool(self.values == other.values)


# builds the class with type() instead of a class statement
Vector = type("Vector", (), {"__init__": _init, "__repr__": _repr, "__len__": _len,
                             "__iter__": _iter, "__add__": _add, "__eq__": _eq})
