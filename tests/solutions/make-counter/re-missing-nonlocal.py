from typing import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def counter() -> int:
        # without nonlocal, count is local here: UnboundLocalError
        count += 1  # type: ignore
        return count

    return counter
