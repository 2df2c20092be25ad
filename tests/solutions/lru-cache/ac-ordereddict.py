# AC: collections.OrderedDict does the recency bookkeeping; old-style `class LRUCache(object)`.
from collections import OrderedDict


class LRUCache(object):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[int, int]" = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
