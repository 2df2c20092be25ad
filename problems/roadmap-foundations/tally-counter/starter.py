# A TallyCounter class (tally-counter)
# Judge it with: judge submit tally-counter.py


class TallyCounter:
    def __init__(self, start: int) -> None:
        raise NotImplementedError("your solution here")

    def increment(self) -> int:
        raise NotImplementedError("your solution here")

    def add(self, n: int) -> int:
        raise NotImplementedError("your solution here")

    def reset(self) -> None:
        raise NotImplementedError("your solution here")

    def get(self) -> int:
        raise NotImplementedError("your solution here")
