def parse_age(text: str) -> int:
    age = int(text)
    if not 0 <= age <= 150:
        return -1
    return age
