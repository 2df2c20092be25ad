from math import gcd
from typing import List


def simplify(numerator: int, denominator: int) -> List[int]:
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    g = gcd(numerator, denominator)
    return [numerator // g, denominator // g]
