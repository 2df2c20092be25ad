def capitalise_words(text: str) -> str:
    return " ".join(text.split()).title()
