from typing import Dict, List


def top_words(text: str, k: int) -> List[str]:
    counts: Dict[str, int] = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    ordered = sorted(counts, key=lambda word: -counts[word])
    return ordered[:k]
