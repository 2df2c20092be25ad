# WA: put appends a new pair even when the key is already in its bucket, so an update is lost
# (get still finds the first, old pair) and size counts the key twice.
from typing import List


class HashMap:
    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(16)]
        self.count = 0

    def put(self, key: int, value: int) -> None:
        self.buckets[key % len(self.buckets)].append([key, value])
        self.count += 1

    def get(self, key: int) -> int:
        for pair in self.buckets[key % len(self.buckets)]:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % len(self.buckets)]
        for i in range(len(bucket)):
            if bucket[i][0] == key:
                del bucket[i]
                self.count -= 1
                return

    def size(self) -> int:
        return self.count
