from typing import List


def squares_of_evens(nums: List[int]) -> List[int]:
    evens = [n for n in nums if n % 2 == 0]
    result: List[int] = []
    i = 0
    while i < len(evens):
        result.append(evens[i] * evens[i])
        i += 1
    return result
