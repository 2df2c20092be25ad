def greet(name: str, punctuation: str = "!", greeting: str = "Hello") -> str:
    return f"{greeting}, {name}{punctuation}"
