# RV: queue.PriorityQueue (forbid import:queue).
import queue
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    q: "queue.PriorityQueue[int]" = queue.PriorityQueue()
    for x in nums:
        q.put(x)
    return [q.get() for _ in range(k)]
