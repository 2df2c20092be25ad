import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """`n` distinct numbers from -10..10 (LeetCode's range), in random order.

    extremes=1: -10 and 10 are among them.
    """
    rng = random.Random(seed)
    n = params.get("n", 6)
    if params.get("extremes", 0):
        nums = [-10, 10] + rng.sample(range(-9, 10), n - 2)
        rng.shuffle(nums)
    else:
        nums = rng.sample(range(-10, 11), n)
    return {"nums": nums}
