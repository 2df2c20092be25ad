import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    # params: n (number of characters, each printable ASCII)
    rng = random.Random(seed)
    n = params["n"]
    return {"s": [chr(rng.randint(32, 126)) for _ in range(n)]}
