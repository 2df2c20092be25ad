# TLE on "stress-mixed-calls": keys and values in two parallel lists; `key in self.keys` and index() scan in C,
# but they are still O(number of keys) per call (about 7 s at 4*10^4 calls).
from typing import List


class MyHashMap:
    def __init__(self) -> None:
        self.keys: List[int] = []
        self.values: List[int] = []

    def put(self, key: int, value: int) -> None:
        if key in self.keys:
            self.values[self.keys.index(key)] = value
        else:
            self.keys.append(key)
            self.values.append(value)

    def get(self, key: int) -> int:
        if key in self.keys:
            return self.values[self.keys.index(key)]
        return -1

    def remove(self, key: int) -> None:
        if key in self.keys:
            i = self.keys.index(key)
            del self.keys[i]
            del self.values[i]
