import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n bar heights in [0, 10^4] (LeetCode: 1 <= n <= 10^5).

    shape 0 (rising): random heights sorted ascending, so each bar's rectangle reaches the end.
    shape 1 (flat): every bar has height `height` (default 10^4); the answer is n * height.
    shape 2 (random): uniform random heights.
    """
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    if shape == 0:
        return {"heights": sorted(rng.randint(0, 10000) for _ in range(n))}
    if shape == 1:
        return {"heights": [params.get("height", 10000)] * n}
    return {"heights": [rng.randint(0, 10000) for _ in range(n)]}
