import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n distinct sorted numbers in (-10^4, 10^4); the target is one of them
    (present=1) or a number in range that is missing (present=0)."""
    rng = random.Random(seed)
    n, present = params["n"], params.get("present", 1)
    nums = sorted(rng.sample(range(-9_999, 10_000), n))
    if present:
        target = rng.choice(nums)
    else:
        taken = set(nums)
        target = rng.choice([v for v in range(-9_999, 10_000) if v not in taken])
    return {"nums": nums, "target": target}
