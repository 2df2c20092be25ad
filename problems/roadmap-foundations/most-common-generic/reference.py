from typing import Dict, List, Optional, TypeVar

T = TypeVar("T")


def most_common(items: List[T]) -> Optional[T]:
    counts: Dict[T, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    best: Optional[T] = None
    best_count = 0
    for item, count in counts.items():
        if count > best_count:
            best, best_count = item, count
    return best
