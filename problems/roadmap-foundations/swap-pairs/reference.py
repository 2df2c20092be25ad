from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    swapped: List[Tuple[int, str]] = []
    for name, score in pairs:
        swapped.append((score, name))
    return swapped
