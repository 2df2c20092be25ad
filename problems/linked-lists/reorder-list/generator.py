import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    # params: n (number of nodes); values in 1..1000 as on LeetCode
    rng = random.Random(seed)
    n = params["n"]
    return {"head": [rng.randint(1, 1000) for _ in range(n)]}
