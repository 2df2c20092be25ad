import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """n intervals with 0 <= start <= end <= max_value, shuffled.

    kind 0: n disjoint single points [v, v] (nothing merges: the answer is as long as the input).
    kind 1: short random intervals (lengths 0..max_len) that merge into runs.
    """
    rng = random.Random(seed)
    n = params.get("n", 10000)
    max_value = params.get("max_value", 10000)
    kind = params.get("kind", 0)
    intervals: List[List[int]] = []
    if kind == 0:
        points = rng.sample(range(max_value + 1), n)
        intervals = [[v, v] for v in points]
    else:
        max_len = params.get("max_len", 3)
        for _ in range(n):
            start = rng.randint(0, max_value)
            end = min(max_value, start + rng.randint(0, max_len))
            intervals.append([start, end])
    rng.shuffle(intervals)
    return {"intervals": intervals}
