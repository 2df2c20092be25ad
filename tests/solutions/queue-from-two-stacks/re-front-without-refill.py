from typing import List


class Queue:
    """First in, first out, with two stacks: values enter the inbox and leave from the outbox."""

    def __init__(self) -> None:
        self.inbox: List[int] = []
        self.outbox: List[int] = []

    def _refill(self) -> None:
        # Only when the outbox is empty: it may still hold older values.
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def enqueue(self, x: int) -> None:
        self.inbox.append(x)

    def dequeue(self) -> int:
        self._refill()
        if not self.outbox:
            return -1
        return self.outbox.pop()

    def front(self) -> int:
        if not self.inbox and not self.outbox:
            return -1
        return self.outbox[-1]

    def is_empty(self) -> bool:
        return not self.inbox and not self.outbox

    def size(self) -> int:
        return len(self.inbox) + len(self.outbox)
