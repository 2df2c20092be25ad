from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    swapped: List[Tuple[int, str]] = []
    i = 0
    while i < len(pairs):
        name, score = pairs[i]
        swapped.append((score, name))
        i += 1
    return swapped
