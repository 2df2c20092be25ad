# TLE on the stress cases: a plain list keeps the keys in recency order, so every get/put pays
# list.remove (a scan of up to `capacity` keys): O(capacity) per operation.
from typing import Dict, List


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: Dict[int, int] = {}
        self.order: List[int] = []  # least recently used first

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            oldest = self.order.pop(0)
            del self.values[oldest]
        self.values[key] = value
        self.order.append(key)
