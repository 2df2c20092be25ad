from typing import List, Set


def unique_in_order(items: List[int]) -> List[int]:
    # only drops a repeat when it follows the same value directly
    seen: Set[int] = set()
    out: List[int] = []
    for x in items:
        if not out or out[-1] != x:
            out.append(x)
            seen.add(x)
    return out
