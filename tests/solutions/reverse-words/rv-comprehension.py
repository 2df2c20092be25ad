def reverse_words(sentence: str) -> str:
    words = sentence.split()
    return " ".join([words[i] for i in range(len(words) - 1, -1, -1)])
