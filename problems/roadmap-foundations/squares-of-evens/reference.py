from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    return [n * n for n in nums if n % 2 == 0]
