# AC: 2069 buckets (a prime) of [key, value] pairs, as in LeetCode's own write-up; chains stay short at
# these sizes. `from typing import *`.
from typing import *


class MyHashMap:
    def __init__(self) -> None:
        self.buckets: List[List[List[int]]] = [[] for _ in range(2069)]

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % 2069]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])

    def get(self, key: int) -> int:
        for pair in self.buckets[key % 2069]:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % 2069]
        for i in range(len(bucket)):
            if bucket[i][0] == key:
                del bucket[i]
                return
