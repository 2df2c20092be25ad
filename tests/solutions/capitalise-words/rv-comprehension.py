def capitalise_words(text: str) -> str:
    return " ".join([word[0].upper() + word[1:].lower() for word in text.split()])
