import collections
from typing import List


def top_words(text: str, k: int) -> List[str]:
    counts = collections.Counter(text.lower().split())
    return [word for word, _ in counts.most_common(k)]
