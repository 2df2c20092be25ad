from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    low = nums[0]
    for x in nums:
        if x < low:
            low = x
    return low, max(nums)
