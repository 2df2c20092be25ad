class TallyCounter:
    def __init__(self, start: int) -> None:
        self.start = start
        self.count = start

    def increment(self) -> int:
        self.count += 1
        return self.count

    def add(self, n: int) -> int:
        self.count = max(0, self.count + n)
        return self.count

    def reset(self) -> None:
        self.count = self.start

    def get(self) -> int:
        return self.count
