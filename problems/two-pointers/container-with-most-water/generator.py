import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n wall heights in [0, max_height], uniformly random.

    With tall_ends = 1 the two outer walls are the tallest and a little shorter than the
    walls just inside them, so the best container is not simply the outermost pair.
    """
    rng = random.Random(seed)
    n = params["n"]
    top = params.get("max_height", 10000)
    height = [rng.randint(0, top) for _ in range(n)]
    if params.get("tall_ends", 0) == 1 and n >= 4:
        height[0], height[-1] = top - 2, top - 1
        height[1], height[-2] = top, top
    return {"height": height}
