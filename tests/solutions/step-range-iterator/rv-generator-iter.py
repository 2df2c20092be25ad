from typing import Iterator


class StepRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step
        self._gen = self._values()

    def _values(self) -> Iterator[int]:
        current = self.start
        while (self.step > 0 and current < self.stop) or (self.step < 0 and current > self.stop):
            yield current
            current += self.step

    def __iter__(self) -> "StepRange":
        return self

    def __next__(self) -> int:
        return next(self._gen)
