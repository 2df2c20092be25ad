from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def counter() -> int:
        nonlocal count
        value = count
        count += 1
        return value  # off by one: the first call returns start, not start + 1

    return counter
