from typing import List

keep = filter


def squares_of_evens(nums: List[int]) -> List[int]:
    return [n * n for n in keep(lambda n: n % 2 == 0, nums)]
