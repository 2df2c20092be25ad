from typing import List


class DynamicArray:
    def __init__(self) -> None:
        self._data: List[int] = []
        self._capacity = 1

    def push(self, x: int) -> None:
        if len(self._data) == self._capacity:
            self._capacity *= 2
        self._data.extend([x])

    def get(self, index: int) -> int:
        if 0 <= index < len(self._data):
            return self._data[index]
        return -1

    def set(self, index: int, x: int) -> None:
        if 0 <= index < len(self._data):
            self._data[index] = x

    def size(self) -> int:
        return len(self._data)

    def capacity(self) -> int:
        return self._capacity
