import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """nums of length n + 1 with values in 1..n and exactly one value repeated.

    kind 0: every value of 1..n once, shuffled, and the repeated value's two copies are the last two
            elements (a search for an earlier equal element, or nums.count(x) per element, scans
            almost every pair before it finds them).
    kind 1: the repeated value appears `copies` times, scattered; n + 1 - copies other distinct values.
    """
    rng = random.Random(seed)
    n = params["n"]
    kind = params.get("kind", 0)
    duplicate = rng.randint(1, n)
    others = [v for v in range(1, n + 1) if v != duplicate]
    if kind == 0:
        rng.shuffle(others)
        return {"nums": others + [duplicate, duplicate]}
    copies = params["copies"]
    nums = rng.sample(others, n + 1 - copies) + [duplicate] * copies
    rng.shuffle(nums)
    return {"nums": nums}
