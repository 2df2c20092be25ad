from collections import Counter
from typing import List


def top_words(text: str, k: int) -> List[str]:
    counts = Counter(text.lower().split())
    result: List[str] = []
    for word, _ in counts.most_common(k):
        result.append(word)
    return result
