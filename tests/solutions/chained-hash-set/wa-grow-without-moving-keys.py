# WA: doubles the bucket list but leaves every key where it was, so lookups with the new modulus miss.
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
        if self.count > len(self.buckets):
            self.buckets.extend([] for _ in range(len(self.buckets)))

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
