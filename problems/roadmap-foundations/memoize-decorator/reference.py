from functools import wraps
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cache: Dict[int, int] = {}

    @wraps(func)
    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper
