from typing import List


def word_frequencies(text: str) -> List[str]:
    words = text.lower().split()
    seen: List[str] = []
    lines: List[str] = []
    for word in words:
        if word not in seen:
            seen.append(word)
            lines.append(f"{word}: {words.count(word)}")
    return lines
