from typing import List


def rotate_left(items: List[int], k: int) -> List[int]:
    return items[k:] + items[:k]
