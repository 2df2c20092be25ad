# AC: no imports; O(1) extra memory besides the stack: each entry stores val - minimum-before-it, and a negative entry marks where the minimum changed (Python ints cannot overflow).
class MinStack:
    def __init__(self) -> None:
        self.diffs: list[int] = []
        self.smallest = 0

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.smallest = val
        else:
            self.diffs.append(val - self.smallest)
            if val < self.smallest:
                self.smallest = val

    def pop(self) -> None:
        diff = self.diffs.pop()
        if diff < 0:
            self.smallest -= diff

    def top(self) -> int:
        diff = self.diffs[-1]
        return self.smallest if diff < 0 else self.smallest + diff

    def getMin(self) -> int:
        return self.smallest
