def power(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half
