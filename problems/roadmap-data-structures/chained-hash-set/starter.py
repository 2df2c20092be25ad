# A hash set that grows (chained-hash-set)
# Judge it with: judge submit chained-hash-set.py
from typing import List


class HashSet:
    def __init__(self) -> None:
        self.buckets: List[List[int]] = [[] for _ in range(8)]
        self.count = 0

    def add(self, key: int) -> None:
        raise NotImplementedError("your solution here")

    def remove(self, key: int) -> None:
        raise NotImplementedError("your solution here")

    def contains(self, key: int) -> bool:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")

    def bucket_count(self) -> int:
        raise NotImplementedError("your solution here")
