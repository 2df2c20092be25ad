# RV: collections.Counter (forbid import:collections).
from collections import Counter
from typing import Any


class HashSet:
    def __init__(self) -> None:
        self.keys: Any = Counter()
        self.buckets = 8

    def add(self, key: int) -> None:
        self.keys[key] = True
        while len(self.keys) > self.buckets:
            self.buckets *= 2

    def remove(self, key: int) -> None:
        self.keys.pop(key, None)

    def contains(self, key: int) -> bool:
        return key in self.keys

    def size(self) -> int:
        return len(self.keys)

    def bucket_count(self) -> int:
        return self.buckets
