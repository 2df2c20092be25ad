import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    rng = random.Random(seed)
    n = params["n"]
    return {"head": [rng.randint(-5000, 5000) for _ in range(n)]}
