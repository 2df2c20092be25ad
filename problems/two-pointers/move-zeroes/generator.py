import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n numbers, zero_percent of them zeros.

    front = 1 puts the zeros first (the worst layout for solutions that shift or bubble
    each zero towards the end); otherwise zeros are scattered at random.
    Non-zero values span the whole 32-bit range, -2^31 .. 2^31 - 1.
    """
    rng = random.Random(seed)
    n = params["n"]
    zeros = n * params["zero_percent"] // 100
    others: List[int] = []
    while len(others) < n - zeros:
        value = rng.randint(-(2**31), 2**31 - 1)
        if value != 0:
            others.append(value)
    if params.get("front", 0) == 1:
        return {"nums": [0] * zeros + others}
    nums = [0] * zeros + others
    rng.shuffle(nums)
    return {"nums": nums}
