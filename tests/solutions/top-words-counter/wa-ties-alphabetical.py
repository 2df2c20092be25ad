from collections import Counter
from typing import List


def top_words(text: str, k: int) -> List[str]:
    counts = Counter(text.lower().split())
    ordered = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return [word for word, _ in ordered[:k]]
