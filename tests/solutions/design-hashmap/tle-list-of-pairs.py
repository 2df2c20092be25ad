# TLE on "stress-mixed-calls": every call scans one list of [key, value] pairs, O(number of keys) per call;
# with 16000 keys and 4*10^4 calls (many of them gets of absent keys, which scan it all) that is a few 10^8 steps (about 11 s).
from typing import List


class MyHashMap:
    def __init__(self) -> None:
        self.pairs: List[List[int]] = []

    def put(self, key: int, value: int) -> None:
        for pair in self.pairs:
            if pair[0] == key:
                pair[1] = value
                return
        self.pairs.append([key, value])

    def get(self, key: int) -> int:
        for pair in self.pairs:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        for i, pair in enumerate(self.pairs):
            if pair[0] == key:
                del self.pairs[i]
                return
