import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[List[int]]]]:
    """n random points with coordinates in [-span, span] and a k whose answer is unique:
    points that would tie with the kth closest from outside the answer are redrawn farther away."""
    rng = random.Random(seed)
    n = params["n"]
    k = params["k"]
    span = params["span"]
    points = [[rng.randint(-span, span), rng.randint(-span, span)] for _ in range(n)]
    points.sort(key=lambda p: p[0] * p[0] + p[1] * p[1])
    if k < n:
        boundary = points[k - 1][0] ** 2 + points[k - 1][1] ** 2
        for i in range(k, n):
            while points[i][0] ** 2 + points[i][1] ** 2 <= boundary:
                points[i] = [rng.randint(-span, span), rng.randint(-span, span)]
    rng.shuffle(points)
    return {"points": points, "k": k}
