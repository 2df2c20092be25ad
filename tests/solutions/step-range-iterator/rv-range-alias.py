from typing import Iterator

numbers = range


class StepRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        self._it: Iterator[int] = iter(numbers(start, stop, step))

    def __iter__(self) -> "StepRange":
        return self

    def __next__(self) -> int:
        return next(self._it)
