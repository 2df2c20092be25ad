from collections import Counter
from typing import List, Optional, TypeVar

T = TypeVar("T")


def most_common(items: List[T]) -> Optional[T]:
    if not items:
        return None
    # most_common keeps first-seen order among equal counts
    return Counter(items).most_common(1)[0][0]
