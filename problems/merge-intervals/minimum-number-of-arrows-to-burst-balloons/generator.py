import random
from typing import Dict, List

LOW = -(2**31)
HIGH = 2**31 - 1


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """n balloons [start, end] with LOW <= start < end <= HIGH, shuffled.

    kind 0: n balloons that pairwise do not touch (the answer is n: one arrow each).
    kind 1: random balloons of width 1..max_len anywhere in the range (they overlap in clusters).
    """
    rng = random.Random(seed)
    n = params["n"]
    kind = params.get("kind", 0)
    points: List[List[int]] = []
    if kind == 0:
        edges = sorted(rng.sample(range(LOW, HIGH + 1), 2 * n))
        points = [[edges[2 * k], edges[2 * k + 1]] for k in range(n)]
    else:
        max_len = params["max_len"]
        for _ in range(n):
            start = rng.randint(LOW, HIGH - 1)
            points.append([start, min(HIGH, start + rng.randint(1, max_len))])
    rng.shuffle(points)
    return {"points": points}
