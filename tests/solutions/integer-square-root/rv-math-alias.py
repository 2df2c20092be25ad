from math import isqrt as root


def int_sqrt(n: int) -> int:
    return root(n)
