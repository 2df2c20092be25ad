from typing import List


class MyQueue:
    """Two stacks: pushes go onto `inbox`; pops and peeks come from `outbox`. When `outbox` runs
    dry, the whole `inbox` is poured into it, which reverses it so the oldest element is on top.
    Each element is moved at most once: amortized O(1) per call."""

    def __init__(self) -> None:
        self.inbox: List[int] = []
        self.outbox: List[int] = []

    def _refill(self) -> None:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def pop(self) -> int:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
