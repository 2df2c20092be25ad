# RV evasion: type({})() builds a dict without calling dict by name (still literal:dict).
from typing import Dict


class HashMap:
    def __init__(self) -> None:
        self.data: Dict[int, int] = type({})()

    def put(self, key: int, value: int) -> None:
        self.data[key] = value

    def get(self, key: int) -> int:
        return self.data.get(key, -1)

    def remove(self, key: int) -> None:
        self.data.pop(key, None)

    def size(self) -> int:
        return len(self.data)
