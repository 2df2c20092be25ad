# AC: Python 2 style class and `from typing import *`; a second stack of minimums that also takes ties (<=), so duplicates of the minimum survive a pop.
from typing import *


class MinStack(object):
    def __init__(self) -> None:
        self.stack: List[int] = []
        self.minimums: List[int] = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        if not self.minimums or val <= self.minimums[-1]:
            self.minimums.append(val)

    def pop(self) -> None:
        if self.stack.pop() == self.minimums[-1]:
            self.minimums.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.minimums[-1]
