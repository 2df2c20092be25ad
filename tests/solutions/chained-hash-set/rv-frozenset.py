# RV: frozenset (forbid call:frozenset), rebuilt on every change.
from typing import Any


class HashSet:
    def __init__(self) -> None:
        self.keys: Any = frozenset()
        self.buckets = 8

    def add(self, key: int) -> None:
        self.keys = self.keys | frozenset([key])
        while len(self.keys) > self.buckets:
            self.buckets *= 2

    def remove(self, key: int) -> None:
        self.keys = self.keys - frozenset([key])

    def contains(self, key: int) -> bool:
        return key in self.keys

    def size(self) -> int:
        return len(self.keys)

    def bucket_count(self) -> int:
        return self.buckets
