from typing import List


class DynamicArray:
    def __init__(self) -> None:
        self.cap = 1
        self.n = 0
        self.store: List[int] = [0]

    def _move_to(self, new_cap: int) -> None:
        fresh: List[int] = [0] * new_cap
        fresh[:self.n] = self.store[:self.n]
        self.store = fresh
        self.cap = new_cap

    def insert_at(self, index: int, x: int) -> bool:
        if not 0 <= index <= self.n:
            return False
        if self.n == self.cap:
            self._move_to(self.cap * 2)
        self.store[index + 1:self.n + 1] = self.store[index:self.n]
        self.store[index] = x
        self.n += 1
        return True

    def remove_at(self, index: int) -> int:
        if not 0 <= index < self.n:
            return -1
        value = self.store[index]
        self.store[index:self.n - 1] = self.store[index + 1:self.n]
        self.n -= 1
        if self.cap > 1 and 4 * self.n <= self.cap:
            self._move_to(self.cap // 2)
        return value

    def size(self) -> int:
        return self.n

    def capacity(self) -> int:
        return self.cap

    def to_list(self) -> List[int]:
        return self.store[:self.n]
