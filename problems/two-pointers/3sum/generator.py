import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n numbers for 3Sum.

    params: n; low, high (the value range, inclusive); distinct (1: all numbers different);
    negative_percent (optional: roughly this share of the numbers is negative, the rest
    non-negative; without it the numbers are spread evenly over [low, high]).
    """
    rng = random.Random(seed)
    n = params["n"]
    low, high = params["low"], params["high"]
    distinct = params.get("distinct", 0) == 1
    share = params.get("negative_percent", -1)
    if share < 0:
        if distinct:
            nums = rng.sample(range(low, high + 1), n)
        else:
            nums = [rng.randint(low, high) for _ in range(n)]
    else:
        negatives = n * share // 100
        if distinct:
            nums = rng.sample(range(low, 0), negatives) + rng.sample(range(0, high + 1), n - negatives)
        else:
            nums = [rng.randint(low, -1) for _ in range(negatives)]
            nums += [rng.randint(0, high) for _ in range(n - negatives)]
    rng.shuffle(nums)
    return {"nums": nums}
