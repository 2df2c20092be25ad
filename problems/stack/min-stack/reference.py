from typing import List, Tuple


class MinStack:
    """Each entry remembers the smallest value at or below it, so every call is O(1)."""

    def __init__(self) -> None:
        self.entries: List[Tuple[int, int]] = []  # (value, minimum of this entry and all below it)

    def push(self, val: int) -> None:
        smallest = val if not self.entries or val < self.entries[-1][1] else self.entries[-1][1]
        self.entries.append((val, smallest))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def getMin(self) -> int:
        return self.entries[-1][1]
