import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n numbers in [-low, high] (default [-1000, 1000]).

    k is the sum of a random subarray, so the answer is at least 1 (with zero=1 every number
    is 0 and k is 0, so every subarray counts).
    """
    rng = random.Random(seed)
    n = params["n"]
    if params.get("zero", 0):
        return {"nums": [0] * n, "k": 0}
    low, high = params.get("low", 1000), params.get("high", 1000)
    nums = [rng.randint(-low, high) for _ in range(n)]
    i = rng.randrange(n)
    j = rng.randrange(i, n)
    return {"nums": nums, "k": sum(nums[i : j + 1])}
