def power(base: int, exp: int) -> int:
    if exp == 1:
        return base
    return base * power(base, exp - 1)
