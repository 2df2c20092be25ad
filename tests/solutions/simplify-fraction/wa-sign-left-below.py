import math
from typing import List


def simplify(numerator: int, denominator: int) -> List[int]:
    divisor = math.gcd(numerator, denominator)
    return [numerator // divisor, denominator // divisor]
