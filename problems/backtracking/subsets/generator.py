import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n distinct integers from -10..10 in random order."""
    rng = random.Random(seed)
    n = params.get("n", 10)
    return {"nums": rng.sample(range(-10, 11), n)}
