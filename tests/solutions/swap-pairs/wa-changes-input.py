from typing import Any, List


def swap_pairs(pairs: List[Any]) -> List[Any]:
    # swaps in place and hands back the caller's own list
    for i in range(len(pairs)):
        name, score = pairs[i]
        pairs[i] = (score, name)
    return pairs
