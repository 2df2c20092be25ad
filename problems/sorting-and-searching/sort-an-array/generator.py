import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n values in -5*10^4..5*10^4 (LeetCode's range), shaped by `kind`:

    0: random; 1: already sorted; 2: sorted in reverse; 3: one value repeated n times;
    4: only the values -2..2, in random order (many duplicates).
    """
    rng = random.Random(seed)
    n = params["n"]
    kind = params.get("kind", 0)
    if kind == 3:
        return {"nums": [rng.randint(-50000, 50000)] * n}
    if kind == 4:
        return {"nums": [rng.randint(-2, 2) for _ in range(n)]}
    nums = [rng.randint(-50000, 50000) for _ in range(n)]
    if kind == 1:
        nums.sort()
    elif kind == 2:
        nums.sort(reverse=True)
    return {"nums": nums}
