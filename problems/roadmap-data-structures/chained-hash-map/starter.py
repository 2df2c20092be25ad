# A hash map with separate chaining (chained-hash-map)
# Judge it with: judge submit chained-hash-map.py
from typing import List


class HashMap:
    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(16)]
        self.count = 0

    def put(self, key: int, value: int) -> None:
        raise NotImplementedError("your solution here")

    def get(self, key: int) -> int:
        raise NotImplementedError("your solution here")

    def remove(self, key: int) -> None:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")
