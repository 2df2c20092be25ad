import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[List[List[int]], List[int]]]:
    """n disjoint intervals sorted by start, inside 0..max_value, and a new interval.

    where 0: the new interval covers about a third of the intervals in the middle (they all merge).
    where 1: the new interval starts after the last interval ends.
    """
    rng = random.Random(seed)
    n = params["n"]
    max_value = params.get("max_value", 100000)
    where = params.get("where", 0)
    # 2n distinct sorted points; consecutive pairs are intervals, so none overlap or touch.
    limit = max_value - 20 if where == 1 else max_value
    points = sorted(rng.sample(range(limit + 1), 2 * n))
    intervals = [[points[2 * k], points[2 * k + 1]] for k in range(n)]
    if where == 0:
        first = rng.randint(n // 3, n // 2)
        last = first + n // 3
        new = [intervals[first][0] + rng.randint(0, 1), intervals[last][1] + rng.randint(0, 5)]
    else:
        start = rng.randint(intervals[-1][1] + 1, max_value)
        new = [start, rng.randint(start, max_value)]
    return {"intervals": intervals, "newInterval": new}
