from typing import Dict

memo: Dict[int, int] = {}


def fib(n: int) -> int:
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
