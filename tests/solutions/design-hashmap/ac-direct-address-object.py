# AC: keys are at most 10^6, so one list slot per possible key (-1 = absent) makes every call O(1);
# `class MyHashMap(object)`, no imports.
class MyHashMap(object):
    def __init__(self) -> None:
        self.slots = [-1] * (10**6 + 1)

    def put(self, key: int, value: int) -> None:
        self.slots[key] = value

    def get(self, key: int) -> int:
        return self.slots[key]

    def remove(self, key: int) -> None:
        self.slots[key] = -1
