import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n distinct numbers in [-5000, 5000], sorted, then rotated left by k (random unless given)
    (LeetCode: 1 <= n <= 5000)."""
    rng = random.Random(seed)
    n = params["n"]
    values = sorted(rng.sample(range(-5000, 5001), n))
    k = params.get("k", rng.randrange(n))
    return {"nums": values[k:] + values[:k]}
