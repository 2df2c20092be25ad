def describe(value: object) -> str:
    return str(value) + " is " + type(value).__name__
