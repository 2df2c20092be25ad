from functools import wraps
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cache: Dict[int, int] = {}

    @wraps(func)
    def wrapper(n: int) -> int:
        if n in cache:
            return cache[n]
        return func(n)  # forgets to store the answer: fib(80) recomputes everything

    return wrapper
