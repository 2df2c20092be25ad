# TLE on "stress-full-stack-get-min": getMin runs min() over the whole stack, O(n) per call; 15000 getMin calls on a 15000-value stack.
from typing import List


class MinStack:
    def __init__(self) -> None:
        self.stack: List[int] = []

    def push(self, val: int) -> None:
        self.stack.append(val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return min(self.stack)
