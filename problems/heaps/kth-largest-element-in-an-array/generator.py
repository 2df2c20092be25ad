import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    # params: n (length), k, low and high (each value drawn uniformly from [low, high])
    rng = random.Random(seed)
    n = params["n"]
    low = params["low"]
    high = params["high"]
    return {"nums": [rng.randint(low, high) for _ in range(n)], "k": params["k"]}
