# AC: builds the heap by pushing items one at a time (sift up), O(n log n) instead of O(n).
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    heap: List[int] = []
    for x in nums:
        heap.append(x)
        i = len(heap) - 1
        while i > 0 and heap[i] < heap[(i - 1) // 2]:
            parent = (i - 1) // 2
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
    result: List[int] = []
    while len(result) < k:
        result.append(heap[0])
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while 2 * i + 1 < n:
                child = 2 * i + 1
                if child + 1 < n and heap[child + 1] < heap[child]:
                    child += 1
                if heap[child] >= heap[i]:
                    break
                heap[i], heap[child] = heap[child], heap[i]
                i = child
    return result
