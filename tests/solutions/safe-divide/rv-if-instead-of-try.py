def safe_divide(a: str, b: str, default: int) -> int:
    top = int(a)
    bottom = int(b)
    if bottom == 0:
        return default
    return top // bottom
