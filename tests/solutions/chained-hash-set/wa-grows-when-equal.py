# WA: grows as soon as the keys equal the buckets (>= instead of >), one key too early.
from typing import List


class HashSet:
    def __init__(self) -> None:
        self.buckets: List[List[int]] = [[] for _ in range(8)]
        self.count = 0

    def add(self, key: int) -> None:
        bucket = self.buckets[key % len(self.buckets)]
        if key in bucket:
            return
        bucket.append(key)
        self.count += 1
        if self.count >= len(self.buckets):
            old = self.buckets
            self.buckets = [[] for _ in range(2 * len(old))]
            for chain in old:
                for k in chain:
                    self.buckets[k % len(self.buckets)].append(k)

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % len(self.buckets)]
        if key in bucket:
            bucket.remove(key)
            self.count -= 1

    def contains(self, key: int) -> bool:
        return key in self.buckets[key % len(self.buckets)]

    def size(self) -> int:
        return self.count

    def bucket_count(self) -> int:
        return len(self.buckets)
