def parse_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        return -1
    if age < 0 or age > 150:
        raise ValueError("out of range")
    return age
