from typing import Callable


class Counter:
    def __init__(self, start: int) -> None:
        self.count = start

    def tick(self) -> int:
        self.count += 1
        return self.count


def make_counter(start: int = 0) -> Callable[[], int]:
    return Counter(start).tick
