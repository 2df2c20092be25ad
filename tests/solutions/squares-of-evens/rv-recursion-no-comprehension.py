from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    if not nums:
        return []
    rest = squares_of_evens(nums[1:])
    if nums[0] % 2 == 0:
        return [nums[0] * nums[0]] + rest
    return rest
