def parse_age(text: str) -> int:
    age = int(text.strip())
    if age < 0 or age > 150:
        raise ValueError("age out of range: %d" % age)
    return age
