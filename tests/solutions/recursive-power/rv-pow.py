def power(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    return base * pow(base, exp - 1)
