from typing import List


def rotate_left(items: List[int], k: int) -> List[int]:
    out: List[int] = []
    n = len(items)
    for i in range(n):
        out.append(items[(i + k) % n])
    return out
