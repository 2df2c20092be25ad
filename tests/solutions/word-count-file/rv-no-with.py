def count_words(path: str) -> int:
    return len(open(path, encoding="utf-8").read().split())
