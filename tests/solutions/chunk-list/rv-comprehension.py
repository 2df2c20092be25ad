from typing import List


def chunk(items: List[int], size: int) -> List[List[int]]:
    return [items[start:start + size] for start in range(0, len(items), size)]
