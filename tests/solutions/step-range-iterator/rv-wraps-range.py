from typing import Iterator


class StepRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        self._it: Iterator[int] = iter(range(start, stop, step))

    def __iter__(self) -> "StepRange":
        return self

    def __next__(self) -> int:
        return next(self._it)
