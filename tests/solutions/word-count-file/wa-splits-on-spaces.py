def count_words(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        return len(handle.read().split(" "))
