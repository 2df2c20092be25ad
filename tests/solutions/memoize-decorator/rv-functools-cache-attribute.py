import functools
from typing import Callable


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cached = functools.cache(func)

    @functools.wraps(func)
    def wrapper(n: int) -> int:
        return cached(n)

    return wrapper
