import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n piles of sizes in [low, 10^9] and h hours (LeetCode: 1 <= n <= 10^4, n <= h <= 10^9).

    h = n makes the answer the largest pile (about 10^9); a large h makes it small but far
    below the largest pile, so counting speeds up from 1 or down from max(piles) is too slow.
    """
    rng = random.Random(seed)
    n = params["n"]
    low = params.get("low", 1)
    h = params.get("h", n)
    return {"piles": [rng.randint(low, 10**9) for _ in range(n)], "h": h}
