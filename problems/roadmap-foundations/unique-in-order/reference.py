from typing import List, Set


def unique_in_order(items: List[int]) -> List[int]:
    seen: Set[int] = set()
    out: List[int] = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
