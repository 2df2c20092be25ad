# RE on sample "example-2": minimums only takes values <= the current minimum, but pop removes from it on every pop, so after popping 7 and 3 the minimums list is empty while 5 is still on the stack and getMin raises IndexError.
from typing import List


class MinStack:
    def __init__(self) -> None:
        self.stack: List[int] = []
        self.minimums: List[int] = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        if not self.minimums or val <= self.minimums[-1]:
            self.minimums.append(val)

    def pop(self) -> None:
        self.stack.pop()
        self.minimums.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.minimums[-1]
