def greet(name: str, greeting: str = "Hello", punctuation: str = "!") -> str:
    return greeting + ", " + name + punctuation
