def safe_divide(a: str, b: str, default: int) -> int:
    try:
        return int(int(a) / int(b))
    except ZeroDivisionError:
        return default
