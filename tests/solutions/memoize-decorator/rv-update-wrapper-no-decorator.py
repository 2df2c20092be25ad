from functools import update_wrapper
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    cache: Dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    # correct, but no @decorator syntax anywhere
    return update_wrapper(wrapper, func)
