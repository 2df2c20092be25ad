from typing import List


def rotate_left(items: List[int], k: int) -> List[int]:
    n = len(items)
    return [items[(i + k) % n] for i in range(n)]
