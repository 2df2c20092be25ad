# RE on sample "example-1": peek() reads the out-stack's top without refilling it first; right after two
# pushes the out-stack is empty and outbox[-1] raises IndexError.
from typing import List


class MyQueue:
    def __init__(self) -> None:
        self.inbox: List[int] = []
        self.outbox: List[int] = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def pop(self) -> int:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def peek(self) -> int:
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
