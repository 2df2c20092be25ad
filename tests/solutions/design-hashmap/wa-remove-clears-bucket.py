# WA on hidden "same-bucket-keys": remove() empties the key's whole bucket (1000 buckets, key % 1000), so
# removing 1007 also loses 7, 2007 and 100007, which share its bucket.
from typing import List


class MyHashMap:
    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(1000)]

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % 1000]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])

    def get(self, key: int) -> int:
        for pair in self.buckets[key % 1000]:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        self.buckets[key % 1000] = []
