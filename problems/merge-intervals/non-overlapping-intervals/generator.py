import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """n intervals inside -50000..50000 (start < end), shuffled.

    max_len: each interval's length is 1..max_len, so short intervals leave plenty of disjoint ones to keep
    and long ones overlap a lot.
    """
    rng = random.Random(seed)
    n = params["n"]
    max_len = params.get("max_len", 10)
    intervals: List[List[int]] = []
    for _ in range(n):
        start = rng.randint(-50000, 49999)
        end = min(50000, start + rng.randint(1, max_len))
        intervals.append([start, end])
    rng.shuffle(intervals)
    return {"intervals": intervals}
