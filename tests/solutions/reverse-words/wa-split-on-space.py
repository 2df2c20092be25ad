def reverse_words(sentence: str) -> str:
    words = sentence.split(" ")
    return " ".join(words[::-1])
