import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """`n` numbers in -10^4..10^4 (LeetCode's range).

    dips=0: uniformly random numbers.
    dips=k: a strictly increasing run (every other value from -10^4 up) with k numbers replaced by
    random smaller ones, so the answer is close to n.
    """
    rng = random.Random(seed)
    n = params.get("n", 2500)
    dips = params.get("dips", 0)
    if not dips:
        return {"nums": [rng.randint(-10000, 10000) for _ in range(n)]}
    step = max(1, 20000 // n)
    nums = [-10000 + step * i for i in range(n)]
    for i in rng.sample(range(1, n), dips):
        nums[i] = rng.randint(-10000, nums[i])
    return {"nums": nums}
