from typing import List, Optional


class DynamicArray:
    """A growable array that shifts elements itself: it doubles when full and halves when a quarter full."""

    def __init__(self) -> None:
        self._capacity = 1
        self._size = 0
        self._data: List[Optional[int]] = [None] * self._capacity

    def _resize(self, new_capacity: int) -> None:
        storage: List[Optional[int]] = [None] * new_capacity
        for i in range(self._size):
            storage[i] = self._data[i]
        self._data = storage
        self._capacity = new_capacity

    def insert_at(self, index: int, x: int) -> bool:
        if index < 0 or index > self._size:
            return False
        if self._size == self._capacity:
            self._resize(2 * self._capacity)
        for j in range(self._size, index, -1):
            self._data[j] = self._data[j - 1]
        self._data[index] = x
        self._size += 1
        return True

    def remove_at(self, index: int) -> int:
        if index < 0 or index >= self._size:
            return -1
        value = self._data[index]
        assert value is not None
        for j in range(index, self._size - 1):
            self._data[j] = self._data[j + 1]
        self._size -= 1
        self._data[self._size] = None
        if self._capacity > 1 and self._size * 2 <= self._capacity:
            self._resize(self._capacity // 2)
        return value

    def size(self) -> int:
        return self._size

    def capacity(self) -> int:
        return self._capacity

    def to_list(self) -> List[int]:
        result: List[int] = [0] * self._size
        for i in range(self._size):
            value = self._data[i]
            assert value is not None
            result[i] = value
        return result
