# A counter made by a closure (make-counter)
# Judge it with: judge submit make-counter.py
from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    raise NotImplementedError("your solution here")
