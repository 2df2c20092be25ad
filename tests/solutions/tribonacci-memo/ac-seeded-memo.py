from typing import Dict

known: Dict[int, int] = {0: 0, 1: 1, 2: 1}


def tribonacci(n: int) -> int:
    if n not in known:
        known[n] = tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)
    return known[n]
