from typing import Dict

memo: Dict[int, int] = {}


def tribonacci(n: int) -> int:
    if n < 3:
        return n
    if n not in memo:
        memo[n] = tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)
    return memo[n]
