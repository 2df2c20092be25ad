from typing import Any


def int_sqrt(n: int) -> int:
    m: Any = __import__("ma" + "th")
    return int(m.isqrt(n))
