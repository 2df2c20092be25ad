# WA on sample "example-1": one running minimum is kept and never restored on pop, so after -3 is popped getMin still says -3 instead of -2.
from typing import List


class MinStack:
    def __init__(self) -> None:
        self.stack: List[int] = []
        self.smallest = 2**31

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.smallest = min(self.smallest, val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.smallest
