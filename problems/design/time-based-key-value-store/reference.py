from bisect import bisect_right
from typing import Dict, List


class TimeMap:
    """For each key, its timestamps and values in the order they were set. Timestamps of set
    calls only grow, so each key's list is sorted and get() can binary-search it."""

    def __init__(self) -> None:
        self.times: Dict[str, List[int]] = {}
        self.values: Dict[str, List[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.times:
            self.times[key] = []
            self.values[key] = []
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if times is None:
            return ""
        # Number of stored timestamps <= timestamp; the last of them is the answer.
        count = bisect_right(times, timestamp)
        if count == 0:
            return ""
        return self.values[key][count - 1]
