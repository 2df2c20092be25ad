from functools import lru_cache, wraps
from typing import Callable


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cached = lru_cache(maxsize=None)(func)

    @wraps(func)
    def wrapper(n: int) -> int:
        return cached(n)

    return wrapper
