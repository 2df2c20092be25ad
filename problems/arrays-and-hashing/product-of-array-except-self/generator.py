import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n numbers, mostly 1 and -1, with `zeros` zeros and a few larger factors.

    The larger factors (2, -2, 3, -3, 5) are drawn while the product of all of them stays below
    2^30, so every prefix and suffix product fits in a 32-bit integer (LeetCode's guarantee).
    """
    rng = random.Random(seed)
    n, zeros = params["n"], params.get("zeros", 0)
    nums: List[int] = [rng.choice((1, -1)) for _ in range(n)]
    magnitude = 1
    positions = rng.sample(range(n), min(n, 60))
    for i in positions:
        factor = rng.choice((2, -2, 3, -3, 5))
        if magnitude * abs(factor) >= 2**30:
            break
        magnitude *= abs(factor)
        nums[i] = factor
    for i in rng.sample(range(n), zeros):
        nums[i] = 0
    return {"nums": nums}
