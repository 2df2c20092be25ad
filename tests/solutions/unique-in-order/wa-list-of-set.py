from typing import List


def unique_in_order(items: List[int]) -> List[int]:
    return list(set(items))
