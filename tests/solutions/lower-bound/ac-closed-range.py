from typing import List


def lower_bound(nums: List[int], target: int) -> int:
    lo = 0
    hi = len(nums) - 1
    answer = len(nums)
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] >= target:
            answer = mid
            hi = mid - 1
        else:
            lo = mid + 1
    return answer
