from itertools import count as ticker
from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    return ticker(start + 1).__next__
