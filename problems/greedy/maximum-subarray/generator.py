import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    # params: n (length), low and high (each value drawn uniformly from [low, high])
    rng = random.Random(seed)
    n = params["n"]
    low = params["low"]
    high = params["high"]
    return {"nums": [rng.randint(low, high) for _ in range(n)]}
