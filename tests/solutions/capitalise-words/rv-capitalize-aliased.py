from typing import List

fix = str.capitalize


def capitalise_words(text: str) -> str:
    fixed: List[str] = []
    for word in text.split():
        fixed.append(fix(word))
    return " ".join(fixed)
