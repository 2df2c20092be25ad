# An iterator class: StepRange (step-range-iterator)
# Judge it with: judge submit step-range-iterator.py


class StepRange:
    def __init__(self, start: int, stop: int, step: int = 1) -> None:
        raise NotImplementedError("your solution here")

    def __iter__(self) -> "StepRange":
        raise NotImplementedError("your solution here")

    def __next__(self) -> int:
        raise NotImplementedError("your solution here")
