import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n temperatures in [30, 100] (LeetCode: 1 <= n <= 10^5).

    shape 0 (hot plateau): uniform in [90, 100]; about one day in eleven is a 100 that never gets
    warmer, and scanning forward from it reaches the end of the list.
    shape 1 (cooling trend): non-increasing from 100 down to 30 in long runs of equal days, with a
    few warmer days sprinkled in near the end, so most days wait long or forever and the stack
    grows to nearly n.
    """
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    if shape == 0:
        return {"temperatures": [rng.randint(90, 100) for _ in range(n)]}
    temperatures = [100 - (70 * i) // n for i in range(n)]
    for _ in range(20):
        i = rng.randrange(n - n // 50, n)
        temperatures[i] = rng.randint(temperatures[i], 100)
    return {"temperatures": temperatures}
