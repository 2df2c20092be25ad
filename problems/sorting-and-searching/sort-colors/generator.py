import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n colours, each 0, 1 or 2 at random."""
    rng = random.Random(seed)
    return {"nums": [rng.randint(0, 2) for _ in range(params["n"])]}
