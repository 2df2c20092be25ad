def parse_age(text: str) -> int:
    return int(text)
