# RV: a set display {key} to track the stored keys (forbid literal:set).
from typing import List, Set


class HashMap:
    def __init__(self) -> None:
        self.keys: Set[int] = {0}
        self.keys.discard(0)
        self.pairs: List[List[int]] = []

    def put(self, key: int, value: int) -> None:
        if key in self.keys:
            for pair in self.pairs:
                if pair[0] == key:
                    pair[1] = value
            return
        self.keys.add(key)
        self.pairs.append([key, value])

    def get(self, key: int) -> int:
        if key not in self.keys:
            return -1
        for pair in self.pairs:
            if pair[0] == key:
                return pair[1]
        return -1

    def remove(self, key: int) -> None:
        if key in self.keys:
            self.keys.discard(key)
            self.pairs = [pair for pair in self.pairs if pair[0] != key]

    def size(self) -> int:
        return len(self.keys)
