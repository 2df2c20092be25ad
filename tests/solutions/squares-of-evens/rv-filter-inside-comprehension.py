from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    return [n * n for n in filter(lambda n: n % 2 == 0, nums)]
