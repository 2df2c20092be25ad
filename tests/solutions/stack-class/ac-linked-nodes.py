from typing import Optional


class _Plate:
    def __init__(self, value: int, below: "Optional[_Plate]") -> None:
        self.value = value
        self.below = below


class Stack:
    def __init__(self) -> None:
        self.top: Optional[_Plate] = None
        self.count = 0

    def push(self, x: int) -> None:
        self.top = _Plate(x, self.top)
        self.count += 1

    def pop(self) -> int:
        if self.top is None:
            return -1
        value = self.top.value
        self.top = self.top.below
        self.count -= 1
        return value

    def peek(self) -> int:
        return -1 if self.top is None else self.top.value

    def is_empty(self) -> bool:
        return self.top is None

    def size(self) -> int:
        return self.count
