from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def counter() -> int:
        nonlocal count
        count += 1
        return count

    return counter
