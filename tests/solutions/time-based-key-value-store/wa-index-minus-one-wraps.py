# WA on sample "example-2": when no version is old enough, bisect_right gives 0 and values[0 - 1] silently
# reads the newest value: get("love", 5) returns "low" instead of "".
from bisect import bisect_right
from typing import Dict, List


class TimeMap:
    def __init__(self) -> None:
        self.times: Dict[str, List[int]] = {}
        self.values: Dict[str, List[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        index = bisect_right(self.times[key], timestamp)
        return self.values[key][index - 1]
