# Swap the pairs, with tuple unpacking (swap-pairs)
# Judge it with: judge submit swap-pairs.py
# Every function needs type hints.
from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    raise NotImplementedError("your solution here")
