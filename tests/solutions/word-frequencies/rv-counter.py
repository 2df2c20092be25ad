from collections import Counter
from typing import List


def word_frequencies(text: str) -> List[str]:
    lines: List[str] = []
    for word, n in Counter(text.lower().split()).items():
        lines.append(f"{word}: {n}")
    return lines
