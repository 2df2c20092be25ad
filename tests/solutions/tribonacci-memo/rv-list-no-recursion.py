from typing import List


def tribonacci(n: int) -> int:
    values: List[int] = [0, 1, 1]
    while len(values) <= n:
        values.append(values[-1] + values[-2] + values[-3])
    return values[n]
