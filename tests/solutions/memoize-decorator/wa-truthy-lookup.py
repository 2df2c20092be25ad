from functools import wraps
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cache: Dict[int, int] = {}

    @wraps(func)
    def wrapper(n: int) -> int:
        # a stored 0 looks like "missing", so it is computed again
        if cache.get(n):
            return cache[n]
        cache[n] = func(n)
        return cache[n]

    return wrapper
