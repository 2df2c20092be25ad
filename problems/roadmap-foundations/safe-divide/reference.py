def safe_divide(a: str, b: str, default: int) -> int:
    top = int(a)
    bottom = int(b)
    try:
        return top // bottom
    except ZeroDivisionError:
        return default
