from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    low, high = nums[0], nums[0]
    for x in nums[1:]:
        if x < low:
            low = x
        elif x > high:
            high = x
    return (low, high)
