# TLE on "stress-one-key-many-versions": get() walks the key's versions from the newest back until one is old
# enough, O(versions) per get; 25000 gets over 25000 versions of one key is about 3*10^8 steps.
from typing import Dict, List, Tuple


class TimeMap:
    def __init__(self) -> None:
        self.versions: Dict[str, List[Tuple[int, str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for stamp, value in reversed(self.versions.get(key, [])):
            if stamp <= timestamp:
                return value
        return ""
