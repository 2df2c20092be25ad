# RE on sample "example-2": the direct-address list has 10^6 slots (keys 0..999999), but keys go up to
# 10^6 inclusive, so put(1000000, 0) raises IndexError.
class MyHashMap:
    def __init__(self) -> None:
        self.slots = [-1] * 10**6

    def put(self, key: int, value: int) -> None:
        self.slots[key] = value

    def get(self, key: int) -> int:
        return self.slots[key]

    def remove(self, key: int) -> None:
        self.slots[key] = -1
