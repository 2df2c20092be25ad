from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    return [s for s in map(lambda n: n * n, nums) if s % 2 == 0]
