from typing import List


def lower_bound(nums: List[int], target: int) -> int:
    if target in nums:
        return int(getattr(nums, "index")(target))
    count = 0
    while count < len(nums) and nums[count] < target:
        count += 1
    return count
