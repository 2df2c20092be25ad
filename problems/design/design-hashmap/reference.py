from typing import List


class MyHashMap:
    """Separate chaining: each bucket is a list of [key, value] pairs. The number of buckets
    doubles whenever the map holds more keys than buckets, so chains stay O(1) long on average."""

    def __init__(self) -> None:
        self.size = 0
        self.buckets: List[List[List[int]]] = [[] for _ in range(16)]

    def _bucket(self, key: int) -> List[List[int]]:
        return self.buckets[hash(key) % len(self.buckets)]

    def _grow(self) -> None:
        old = self.buckets
        self.buckets = [[] for _ in range(2 * len(old))]
        for bucket in old:
            for pair in bucket:
                self._bucket(pair[0]).append(pair)

    def put(self, key: int, value: int) -> None:
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1
        if self.size > len(self.buckets):
            self._grow()

    def get(self, key: int) -> int:
        for pair in self._bucket(key):
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                bucket[i] = bucket[-1]  # order inside a bucket does not matter
                bucket.pop()
                self.size -= 1
                return
