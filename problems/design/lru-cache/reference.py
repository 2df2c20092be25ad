from typing import Dict, Optional


class _Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: int, value: int) -> None:
        self.key = key
        self.value = value
        self.prev: Optional["_Entry"] = None
        self.next: Optional["_Entry"] = None


class LRUCache:
    """A dict from key to entry plus a doubly linked list of entries, most recently used first."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.entries: Dict[int, _Entry] = {}
        self.head = _Entry(0, 0)  # sentinel before the most recently used entry
        self.tail = _Entry(0, 0)  # sentinel after the least recently used entry
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, entry: _Entry) -> None:
        before, after = entry.prev, entry.next
        assert before is not None and after is not None
        before.next = after
        after.prev = before

    def _push_front(self, entry: _Entry) -> None:
        first = self.head.next
        assert first is not None
        entry.prev = self.head
        entry.next = first
        first.prev = entry
        self.head.next = entry

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._unlink(entry)
        self._push_front(entry)
        return entry.value

    def put(self, key: int, value: int) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            entry.value = value
            self._unlink(entry)
            self._push_front(entry)
            return
        if len(self.entries) == self.capacity:
            oldest = self.tail.prev
            assert oldest is not None
            self._unlink(oldest)
            del self.entries[oldest.key]
        entry = _Entry(key, value)
        self.entries[key] = entry
        self._push_front(entry)
