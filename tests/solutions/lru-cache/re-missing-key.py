# RE on sample "example-1": get() indexes the dict directly, so asking for an evicted key raises KeyError
# instead of returning -1.
from typing import Dict, List


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: Dict[int, int] = {}
        self.order: List[int] = []

    def get(self, key: int) -> int:
        value = self.values[key]
        self.order.remove(key)
        self.order.append(key)
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            del self.values[self.order.pop(0)]
        self.values[key] = value
        self.order.append(key)
