import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n numbers whose only valid pair sits at the last two indices.

    Every other number is even and the target is odd, so no two of them can
    make the target; the pair is one odd number and one even number.
    """
    rng = random.Random(seed)
    n = params["n"]
    even = 2 * rng.randrange(-200_000_000, 200_000_000)
    odd = 2 * rng.randrange(-200_000_000, 200_000_000) + 1
    target = even + odd
    halves = rng.sample(range(-500_000_000, 500_000_000), n - 1)
    others = [2 * h for h in halves if 2 * h != even][: n - 2]
    rng.shuffle(others)
    pair = [odd, even] if rng.random() < 0.5 else [even, odd]
    return {"nums": others + pair, "target": target}
