from typing import Any, Dict, List


def most_common(items: List[Any]) -> Any:
    # works at run time, but the hints say nothing: no TypeVar, no Optional
    counts: Dict[Any, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    best = None
    best_count = 0
    for item, count in counts.items():
        if count > best_count:
            best, best_count = item, count
    return best
