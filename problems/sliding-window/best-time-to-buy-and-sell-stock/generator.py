import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n prices in [0, 10^4].

    shape = 0: uniformly random. shape = 1: a falling trend with noise, with the cheapest
    day late and a higher price after it, so the best buy day is not near the start.
    """
    rng = random.Random(seed)
    n = params["n"]
    if params.get("shape", 0) == 0:
        return {"prices": [rng.randint(0, 10000) for _ in range(n)]}
    prices = [max(0, min(10000, 10000 - (9000 * i) // n + rng.randint(-500, 500))) for i in range(n)]
    low_day = n - n // 20
    prices[low_day] = 0
    prices[rng.randint(low_day + 1, n - 1)] = 6000
    return {"prices": prices}
