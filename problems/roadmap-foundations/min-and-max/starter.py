# Smallest and largest, in one pass (min-and-max)
# Judge it with: judge submit min-and-max.py
# Every function needs type hints.
from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    raise NotImplementedError("your solution here")
