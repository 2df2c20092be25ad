from typing import List


class HashSet:
    """Separate chaining with doubling: more keys than buckets triggers a rehash."""

    def __init__(self) -> None:
        self.buckets: List[List[int]] = [[] for _ in range(8)]
        self.count = 0

    def _bucket(self, key: int) -> List[int]:
        return self.buckets[key % len(self.buckets)]

    def add(self, key: int) -> None:
        bucket = self._bucket(key)
        if key in bucket:
            return
        bucket.append(key)
        self.count += 1
        if self.count > len(self.buckets):
            self._grow()

    def _grow(self) -> None:
        old = self.buckets
        self.buckets = [[] for _ in range(2 * len(old))]
        for bucket in old:
            for key in bucket:
                self._bucket(key).append(key)

    def remove(self, key: int) -> None:
        bucket = self._bucket(key)
        if key in bucket:
            bucket.remove(key)
            self.count -= 1

    def contains(self, key: int) -> bool:
        return key in self._bucket(key)

    def size(self) -> int:
        return self.count

    def bucket_count(self) -> int:
        return len(self.buckets)
