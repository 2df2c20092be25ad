import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n jump lengths drawn from [low, high]; any 0 that would leave the end out of reach
    is replaced by a jump in [1, max(high, 1)], so the last position is always reachable."""
    rng = random.Random(seed)
    n = params["n"]
    low = params["low"]
    high = params["high"]
    nums = [rng.randint(low, high) for _ in range(n)]
    farthest = 0
    for i in range(n - 1):
        if farthest == i and nums[i] == 0:
            nums[i] = rng.randint(1, max(high, 1))
        farthest = max(farthest, i + nums[i])
    return {"nums": nums}
