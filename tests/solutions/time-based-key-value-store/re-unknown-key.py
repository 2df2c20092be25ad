# RE on sample "example-2": get() indexes the dict directly, so asking for "hate", which was never set,
# raises KeyError instead of returning "".
from bisect import bisect_right
from typing import Dict, List, Tuple


class TimeMap:
    def __init__(self) -> None:
        self.store: Dict[str, Tuple[List[int], List[str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.store:
            self.store[key] = ([], [])
        self.store[key][0].append(timestamp)
        self.store[key][1].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times, values = self.store[key]
        index = bisect_right(times, timestamp)
        return values[index - 1] if index else ""
