from typing import List


def capitalise_words(text: str) -> str:
    fixed: List[str] = []
    for word in text.split():
        fixed.append(word[0].upper() + word[1:].lower())
    return " ".join(fixed)
