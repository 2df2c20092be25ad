# AC: Counter + heapq.nlargest, O(n log k), Python 2 style class, returns a tuple.
import heapq
from collections import Counter
from typing import *


class Solution(object):
    def topKFrequent(self, nums: List[int], k: int) -> Tuple[int, ...]:
        counts = Counter(nums)
        return tuple(heapq.nlargest(k, counts.keys(), key=counts.__getitem__))
