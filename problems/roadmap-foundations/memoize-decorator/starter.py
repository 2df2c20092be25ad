# A memoize decorator (memoize-decorator)
# Judge it with: judge submit memoize-decorator.py
from functools import wraps
from typing import Callable, Dict


def memoize(func: Callable[[int], int]) -> Callable[[int], int]:
    raise NotImplementedError("your solution here")
