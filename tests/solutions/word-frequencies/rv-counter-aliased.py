from typing import List
import collections as c


def word_frequencies(text: str) -> List[str]:
    lines: List[str] = []
    for word, n in c.Counter(text.lower().split()).items():
        lines.append(f"{word}: {n}")
    return lines
