from typing import Dict, List


def word_frequencies(text: str) -> List[str]:
    count: Dict[str, int] = {}
    for word in text.lower().split():
        if word in count:
            count[word] += 1
        else:
            count[word] = 1
    lines: List[str] = []
    for word in count:
        lines.append(word + ": " + str(count[word]))
    return lines
