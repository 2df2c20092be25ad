# AC: keeps everything in one stack and, to reach the bottom, pours it into a helper stack and back on every
# pop/peek: O(n) per call, fine for 100 calls. `class MyQueue(object)`, no imports.
class MyQueue(object):
    def __init__(self) -> None:
        self.main: list[int] = []

    def push(self, x: int) -> None:
        self.main.append(x)

    def _bottom(self, remove: bool) -> int:
        helper: list[int] = []
        while self.main:
            helper.append(self.main.pop())
        front = helper.pop() if remove else helper[-1]
        while helper:
            self.main.append(helper.pop())
        return front

    def pop(self) -> int:
        return self._bottom(True)

    def peek(self) -> int:
        return self._bottom(False)

    def empty(self) -> bool:
        return len(self.main) == 0
