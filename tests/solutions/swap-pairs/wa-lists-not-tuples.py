from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[List[object]]:
    swapped: List[List[object]] = []
    for name, score in pairs:
        swapped.append([score, name])
    return swapped
