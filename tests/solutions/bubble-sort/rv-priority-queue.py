# RV: queue.PriorityQueue hands the numbers back smallest first (forbid import:queue).
from queue import PriorityQueue
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    q: "PriorityQueue[int]" = PriorityQueue()
    for x in nums:
        q.put(x)
    return [q.get() for _ in range(len(nums))]
