from typing import List


def min_max(nums: List[int]) -> List[int]:
    low = high = nums[0]
    for x in nums:
        low = x if x < low else low
        high = x if x > high else high
    return [low, high]
