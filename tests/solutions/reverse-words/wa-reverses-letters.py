def reverse_words(sentence: str) -> str:
    return " ".join(sentence.split())[::-1]
