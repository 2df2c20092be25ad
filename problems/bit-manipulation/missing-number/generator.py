import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """The numbers 0..n except `missing` (default: a random one), shuffled."""
    rng = random.Random(seed)
    n = params["n"]
    missing = params.get("missing", rng.randint(0, n))
    nums = [value for value in range(n + 1) if value != missing]
    rng.shuffle(nums)
    return {"nums": nums}
