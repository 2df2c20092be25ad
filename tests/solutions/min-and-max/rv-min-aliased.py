from typing import List, Tuple

smallest = min
largest = max


def min_max(nums: List[int]) -> Tuple[int, int]:
    return smallest(nums), largest(nums)
