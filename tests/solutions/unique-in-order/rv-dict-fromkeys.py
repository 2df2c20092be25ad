from typing import List, Set


def unique_in_order(items: List[int]) -> List[int]:
    unused: Set[int] = set()
    return list(dict.fromkeys(items))
