# WA on sample "example-1": get() does not mark the key as recently used, so put(3, 3) evicts key 1
# (just read) instead of key 2, and get(2) returns 2 instead of -1.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[int, int]" = OrderedDict()

    def get(self, key: int) -> int:
        return self.data.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
