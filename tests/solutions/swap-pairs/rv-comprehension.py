from typing import List, Tuple


def swap_pairs(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    return [(score, name) for name, score in pairs]
