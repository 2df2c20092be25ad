from typing import List


def unique_in_order(items: List[int]) -> List[int]:
    out: List[int] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out
