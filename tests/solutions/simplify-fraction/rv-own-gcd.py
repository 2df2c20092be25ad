from typing import List


def simplify(numerator: int, denominator: int) -> List[int]:
    a, b = abs(numerator), abs(denominator)
    while b:
        a, b = b, a % b
    top, bottom = numerator // a, denominator // a
    if bottom < 0:
        top, bottom = -top, -bottom
    return [top, bottom]
