from functools import cache, wraps
from typing import Callable


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cached = cache(func)

    @wraps(func)
    def wrapper(n: int) -> int:
        return cached(n)

    return wrapper
