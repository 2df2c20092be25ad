from typing import Callable, List


def make_counter(start: int = 0) -> Callable[[], int]:
    box: List[int] = [start]

    def counter() -> int:
        box[0] += 1
        return box[0]

    return counter
