def power(base: int, exp: int) -> int:
    return base ** exp
