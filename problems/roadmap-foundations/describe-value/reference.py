def describe(value: object) -> str:
    return f"{value!r} is {type(value).__name__}"
