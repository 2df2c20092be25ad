from typing import List, Set


def unique_in_order(items: List[int]) -> List[int]:
    seen: Set[int] = set()
    return [x for x in items if not (x in seen or seen.add(x))]
