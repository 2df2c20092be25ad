import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n distinct numbers in [-10^4, 10^4], sorted, then rotated left by a random amount
    (LeetCode: 1 <= n <= 5000). The target is one of them (present=1) or a missing number in
    range (present=0)."""
    rng = random.Random(seed)
    n = params["n"]
    present = params.get("present", 1)
    values = sorted(rng.sample(range(-10**4, 10**4 + 1), n))
    k = params.get("k", rng.randrange(n))
    nums = values[k:] + values[:k]
    if present:
        target = rng.choice(nums)
    else:
        taken = set(nums)
        target = rng.choice([v for v in range(-10**4, 10**4 + 1) if v not in taken])
    return {"nums": nums, "target": target}
