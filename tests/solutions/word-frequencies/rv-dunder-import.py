from typing import List

tally = __import__("collections").Counter


def word_frequencies(text: str) -> List[str]:
    lines: List[str] = []
    for word, n in tally(text.lower().split()).items():
        lines.append(f"{word}: {n}")
    return lines
