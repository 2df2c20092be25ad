from functools import lru_cache as remember
from functools import wraps
from typing import Callable


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cached = remember(maxsize=None)(func)

    @wraps(func)
    def wrapper(n: int) -> int:
        return cached(n)

    return wrapper
