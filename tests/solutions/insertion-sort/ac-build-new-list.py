# AC: inserts each number into a new sorted list, scanning for its place by hand.
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    result: List[int] = []
    for x in nums:
        pos = len(result)
        while pos > 0 and result[pos - 1] > x:
            pos -= 1
        result.insert(pos, x)
    return result
