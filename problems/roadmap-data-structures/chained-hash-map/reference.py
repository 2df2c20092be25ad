from typing import List


class HashMap:
    """Separate chaining: buckets[key % len(buckets)] holds [key, value] pairs."""

    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(16)]
        self.count = 0

    def _bucket(self, key: int) -> List[List[int]]:
        return self.buckets[key % len(self.buckets)]

    def put(self, key: int, value: int) -> None:
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.count += 1

    def get(self, key: int) -> int:
        for pair in self._bucket(key):
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                del bucket[i]
                self.count -= 1
                return

    def size(self) -> int:
        return self.count
