# WA: remove lowers the count even when the key was not there.
from typing import List


class HashMap:
    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(16)]
        self.count = 0

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % len(self.buckets)]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.count += 1

    def get(self, key: int) -> int:
        for pair in self.buckets[key % len(self.buckets)]:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % len(self.buckets)]
        self.buckets[key % len(self.buckets)] = [pair for pair in bucket if pair[0] != key]
        self.count -= 1

    def size(self) -> int:
        return self.count
