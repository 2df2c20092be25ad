import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n sorted numbers drawn from [low, high] (LeetCode: -100 .. 100), so most are repeats."""
    rng = random.Random(seed)
    n = params["n"]
    low, high = params.get("low", -100), params.get("high", 100)
    return {"nums": sorted(rng.randint(low, high) for _ in range(n))}
