from typing import Callable

count = 0


def make_counter(start: int = 0) -> Callable[[], int]:
    global count
    count = start

    def counter() -> int:
        # every counter shares this one global, so a new counter resets the old one
        global count
        count += 1
        return count

    return counter
