# WA on hidden "value-zero": get() tests the slot's truthiness, so a stored value 0 looks like "absent" and
# comes back as -1 (both samples pass: example-2 stores a 0 but removes it before reading it).
from typing import List, Optional


class MyHashMap:
    def __init__(self) -> None:
        self.slots: List[Optional[int]] = [None] * (10**6 + 1)

    def put(self, key: int, value: int) -> None:
        self.slots[key] = value

    def get(self, key: int) -> int:
        value = self.slots[key]
        return value if value else -1

    def remove(self, key: int) -> None:
        self.slots[key] = None
