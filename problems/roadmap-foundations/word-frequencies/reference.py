from typing import Dict, List


def word_frequencies(text: str) -> List[str]:
    counts: Dict[str, int] = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    lines: List[str] = []
    for word, n in counts.items():
        lines.append(f"{word}: {n}")
    return lines
