import math
from fractions import Fraction
from typing import List


def simplify(numerator: int, denominator: int) -> List[int]:
    value = Fraction(numerator, denominator)
    assert math.gcd(value.numerator, value.denominator) == 1
    return [value.numerator, value.denominator]
