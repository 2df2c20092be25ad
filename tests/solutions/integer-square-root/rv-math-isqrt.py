import math


def int_sqrt(n: int) -> int:
    return math.isqrt(n)
