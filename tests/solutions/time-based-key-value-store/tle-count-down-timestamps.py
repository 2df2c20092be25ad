# TLE on "stress-late-gets": get() tries timestamp, timestamp - 1, timestamp - 2, ... until one was set for the
# key, O(timestamp) per get; asked near 10^7 about versions set before 1.4*10^5, that is ~10^7 lookups per get.
from typing import Dict


class TimeMap:
    def __init__(self) -> None:
        self.versions: Dict[str, Dict[int, str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, {})[timestamp] = value

    def get(self, key: str, timestamp: int) -> str:
        versions = self.versions.get(key)
        if versions is None:
            return ""
        for stamp in range(timestamp, 0, -1):
            if stamp in versions:
                return versions[stamp]
        return ""
