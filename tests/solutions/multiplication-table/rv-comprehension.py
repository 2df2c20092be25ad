from typing import List


def times_table(n: int) -> List[List[int]]:
    return [[row * col for col in range(1, n + 1)] for row in range(1, n + 1)]
