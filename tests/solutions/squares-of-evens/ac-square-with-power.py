from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    squares: List[int] = [value ** 2 for value in nums if not value % 2]
    return squares
