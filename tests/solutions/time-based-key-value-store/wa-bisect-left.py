# WA on sample "example-1": bisect_left counts only the timestamps strictly below the asked one, so a version
# set exactly at that time is skipped: get("foo", 1) returns "" instead of "bar".
from bisect import bisect_left
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
        index = bisect_left(self.times[key], timestamp)
        return self.values[key][index - 1] if index > 0 else ""
