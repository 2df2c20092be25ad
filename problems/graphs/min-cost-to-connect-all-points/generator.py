import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """`n` distinct points. kind 0: anywhere in [-10^6, 10^6]^2. kind 1: on a line y = x, shuffled
    (the tree is a path). kind 2: in a small `side` x `side` square (many equal distances)."""
    rng = random.Random(seed)
    n = params.get("n", 1000)
    kind = params.get("kind", 0)
    seen = set()
    points: List[List[int]] = []
    if kind == 1:
        xs = rng.sample(range(-10**6, 10**6 + 1), n)
        return {"points": [[x, x] for x in xs]}
    low, high = (-10**6, 10**6) if kind == 0 else (0, params.get("side", 40) - 1)
    while len(points) < n:
        p = (rng.randint(low, high), rng.randint(low, high))
        if p not in seen:
            seen.add(p)
            points.append([p[0], p[1]])
    return {"points": points}
