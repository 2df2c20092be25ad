import math
from typing import List


def simplify(numerator: int, denominator: int) -> List[int]:
    divisor = math.gcd(numerator, denominator)
    top = numerator // divisor
    bottom = denominator // divisor
    if bottom < 0:
        top, bottom = -top, -bottom
    return [top, bottom]
