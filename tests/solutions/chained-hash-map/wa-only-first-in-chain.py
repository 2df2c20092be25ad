# WA: get looks only at the first pair of the bucket, so keys that collide are lost.
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
        bucket = self.buckets[key % len(self.buckets)]
        if bucket and bucket[0][0] == key:
            return bucket[0][1]
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
