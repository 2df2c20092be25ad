# AC: heapq.nlargest keeps a k-sized heap internally; `from typing import *`.
import heapq
from typing import *


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return heapq.nlargest(k, nums)[-1]
