import functools
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    memory: Dict[int, int] = {}

    @functools.wraps(func)
    def remembered(n: int) -> int:
        try:
            return memory[n]
        except KeyError:
            answer = func(n)
            memory[n] = answer
            return answer

    return remembered
