def int_sqrt(n: int) -> int:
    return int(n ** 0.5)
