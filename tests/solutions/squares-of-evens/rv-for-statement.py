from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    evens = [n for n in nums if n % 2 == 0]
    result: List[int] = []
    for n in evens:
        result.append(n * n)
    return result
