def power(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 1:
        return half * half * base
    return half * half
