from typing import List


def rotate_left(items: List[int], k: int) -> List[int]:
    k = k % len(items)
    return items[k:] + items[:k]
