from typing import List, Optional


class DynamicArray:
    """A growable array over fixed-size storage: when it is full, copy into storage twice as big."""

    def __init__(self) -> None:
        self._capacity = 1
        self._size = 0
        self._data: List[Optional[int]] = [None] * self._capacity

    def _grow(self) -> None:
        bigger: List[Optional[int]] = [None] * (2 * self._capacity)
        for i in range(self._size - 1):
            bigger[i] = self._data[i]
        self._data = bigger
        self._capacity *= 2

    def push(self, x: int) -> None:
        if self._size == self._capacity:
            self._grow()
        self._data[self._size] = x
        self._size += 1

    def get(self, index: int) -> int:
        if index < 0 or index >= self._size:
            return -1
        value = self._data[index]
        assert value is not None
        return value

    def set(self, index: int, x: int) -> None:
        if 0 <= index < self._size:
            self._data[index] = x

    def size(self) -> int:
        return self._size

    def capacity(self) -> int:
        return self._capacity
