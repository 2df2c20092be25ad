# Greetings with default and keyword arguments (greet-defaults)
# Judge it with: judge submit greet-defaults.py


def greet(name: str, greeting: str = "Hello", punctuation: str = "!") -> str:
    raise NotImplementedError("your solution here")
