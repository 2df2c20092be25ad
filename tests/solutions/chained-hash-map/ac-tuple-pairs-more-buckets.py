# AC: 1009 buckets of (key, value) tuples; an update replaces the tuple.
from typing import List, Tuple


class HashMap:
    def __init__(self) -> None:
        self.buckets: List[List[Tuple[int, int]]] = [[] for _ in range(1009)]
        self.count = 0

    def _index(self, bucket: List[Tuple[int, int]], key: int) -> int:
        for i in range(len(bucket)):
            if bucket[i][0] == key:
                return i
        return -1

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % 1009]
        i = self._index(bucket, key)
        if i >= 0:
            bucket[i] = (key, value)
        else:
            bucket.append((key, value))
            self.count += 1

    def get(self, key: int) -> int:
        bucket = self.buckets[key % 1009]
        i = self._index(bucket, key)
        return bucket[i][1] if i >= 0 else -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % 1009]
        i = self._index(bucket, key)
        if i >= 0:
            bucket.pop(i)
            self.count -= 1

    def size(self) -> int:
        return self.count
