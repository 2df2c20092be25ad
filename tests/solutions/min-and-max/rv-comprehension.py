from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    low = high = nums[0]
    for x in nums:
        if x > high:
            high = x
    low = [x for x in nums if all(x <= y for y in nums)][0]
    return low, high
