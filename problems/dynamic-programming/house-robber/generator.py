import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """`n` amounts in lo..hi (LeetCode: 0..400)."""
    rng = random.Random(seed)
    n = params.get("n", 100)
    lo = params.get("lo", 0)
    hi = params.get("hi", 400)
    return {"nums": [rng.randint(lo, hi) for _ in range(n)]}
