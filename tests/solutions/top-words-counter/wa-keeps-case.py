from collections import Counter
from typing import List


def top_words(text: str, k: int) -> List[str]:
    counts = Counter(text.split())
    return [word for word, _ in counts.most_common(k)]
