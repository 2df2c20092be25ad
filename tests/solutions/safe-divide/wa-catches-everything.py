def safe_divide(a: str, b: str, default: int) -> int:
    try:
        return int(a) // int(b)
    except Exception:
        return default
