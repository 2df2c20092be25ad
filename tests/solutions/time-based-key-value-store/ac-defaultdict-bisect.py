# AC: defaultdict of lists and bisect_right on a parallel list of timestamps; `from typing import *`.
import bisect
from collections import defaultdict
from typing import *


class TimeMap:
    def __init__(self) -> None:
        self.times: DefaultDict[str, List[int]] = defaultdict(list)
        self.values: DefaultDict[str, List[str]] = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        index = bisect.bisect_right(self.times[key], timestamp)
        return self.values[key][index - 1] if index else ""
