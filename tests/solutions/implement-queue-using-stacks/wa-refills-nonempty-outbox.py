# WA on sample "example-2": pop() and peek() pour the in-stack onto the out-stack every time, even while the
# out-stack still holds older elements; after 3 leaves, 8 waits in the out-stack, the newer 4 is poured on top
# of it and peek() returns 4 instead of 8.
from typing import List


class MyQueue:
    def __init__(self) -> None:
        self.inbox: List[int] = []
        self.outbox: List[int] = []

    def _pour(self) -> None:
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def pop(self) -> int:
        self._pour()
        return self.outbox.pop()

    def peek(self) -> int:
        self._pour()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
