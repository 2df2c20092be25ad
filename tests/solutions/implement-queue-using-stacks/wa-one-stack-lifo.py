# WA on sample "example-1": a single list used as a stack hands back the newest element, so peek() after
# pushing 1 and 2 returns 2 instead of 1.
from typing import List


class MyQueue:
    def __init__(self) -> None:
        self.stack: List[int] = []

    def push(self, x: int) -> None:
        self.stack.append(x)

    def pop(self) -> int:
        return self.stack.pop()

    def peek(self) -> int:
        return self.stack[-1]

    def empty(self) -> bool:
        return not self.stack
