class StepRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        if not step:
            raise ValueError("step cannot be 0")
        self._next = start
        self._stop = stop
        self._step = step

    def _going(self) -> bool:
        if self._step > 0:
            return self._next < self._stop
        return self._next > self._stop

    def __iter__(self) -> "StepRange":
        return self

    def __next__(self) -> int:
        if not self._going():
            raise StopIteration()
        self._next += self._step
        return self._next - self._step
