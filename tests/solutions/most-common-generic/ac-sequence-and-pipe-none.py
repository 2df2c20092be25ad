from __future__ import annotations

from typing import Sequence, TypeVar

Item = TypeVar("Item")


def most_common(items: Sequence[Item]) -> Item | None:
    best: Item | None = None
    best_count = 0
    for index, item in enumerate(items):
        if items.index(item) != index:
            continue
        count = items.count(item)
        if count > best_count:
            best, best_count = item, count
    return best
