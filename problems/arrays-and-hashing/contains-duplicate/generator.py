import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n distinct numbers in [-10^9, 10^9], shuffled.

    With repeat=1 the last number is replaced by a copy of one from the first half,
    so the only duplicate pair is found late and far apart.
    """
    rng = random.Random(seed)
    n = params["n"]
    nums = rng.sample(range(-1_000_000_000, 1_000_000_001), n)
    if params.get("repeat", 0):
        nums[-1] = nums[rng.randrange(n // 2)]
    return {"nums": nums}
