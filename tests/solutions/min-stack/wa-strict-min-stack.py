# WA on hidden case "duplicate-minimum-popped-once": the second stack of minimums only takes values strictly smaller than its top, so after pushing 1 twice and popping once, the 1 left on the stack has no entry and getMin says 2.
from typing import List


class MinStack:
    def __init__(self) -> None:
        self.stack: List[int] = []
        self.minimums: List[int] = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        if not self.minimums or val < self.minimums[-1]:
            self.minimums.append(val)

    def pop(self) -> None:
        if self.stack.pop() == self.minimums[-1]:
            self.minimums.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.minimums[-1]
