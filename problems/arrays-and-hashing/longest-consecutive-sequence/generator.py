import random
from typing import Dict, List, Set


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n numbers in [-10^9, 10^9], shuffled.

    Holds one run of `run` consecutive numbers; the first `repeat` extra numbers are copies of
    the run's smallest number; the rest are scattered values at even offsets far from the run
    (so they form runs of length 1 and never touch the long run).
    """
    rng = random.Random(seed)
    n, run, repeat = params["n"], params["run"], params.get("repeat", 0)
    start = rng.randint(-1_000_000_000, 1_000_000_000 - run)
    nums: List[int] = list(range(start, start + run))
    nums.extend([start] * repeat)
    rest = n - len(nums)
    if rest > 0:
        # Even numbers outside [start - 2, start + run + 1]: no two are consecutive.
        candidates: Set[int] = set()
        while len(candidates) < rest:
            value = 2 * rng.randint(-500_000_000, 499_999_999)
            if not start - 2 <= value <= start + run + 1:
                candidates.add(value)
        nums.extend(sorted(candidates))
    rng.shuffle(nums)
    return {"nums": nums}
