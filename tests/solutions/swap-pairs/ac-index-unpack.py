from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    swapped: List[Tuple[int, str]] = []
    for pair in pairs:
        swapped.append((pair[1], pair[0]))
    return swapped
