# AC: a hand-written binary search over (timestamp, value) pairs; `class TimeMap(object)`, no imports,
# built-in generics in the annotations.
class TimeMap(object):
    def __init__(self) -> None:
        self.versions: dict[str, list[tuple[int, str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        pairs = self.versions.get(key, [])
        low, high = 0, len(pairs)  # find the first version newer than timestamp
        while low < high:
            middle = (low + high) // 2
            if pairs[middle][0] <= timestamp:
                low = middle + 1
            else:
                high = middle
        return pairs[low - 1][1] if low > 0 else ""
