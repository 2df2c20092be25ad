def reverse_words(sentence: str) -> str:
    result = ""
    for word in sentence.split():
        if result:
            result = word + " " + result
        else:
            result = word
    return result
