from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    # treats 0 as "nothing" and drops it, but 0 is even
    return [n * n for n in nums if n and n % 2 == 0]
