def capitalise_words(text: str) -> str:
    result = ""
    for word in text.split():
        if result:
            result += " "
        result += word[:1].upper() + word[1:].lower()
    return result
