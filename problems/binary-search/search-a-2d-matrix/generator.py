import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[List[int]]]]:
    """An m x n matrix (LeetCode: 1 <= m, n <= 100) of numbers in [-10^4, 10^4]: rows sorted,
    repeats allowed inside a row, every row starting above the previous row's end. The target is
    in it (present=1) or a missing number in range (present=0)."""
    rng = random.Random(seed)
    m, n = params["m"], params["n"]
    present = params.get("present", 1)
    starts = sorted(rng.sample(range(-10**4, 10**4 + 1), m))  # the first number of each row
    ends = starts[1:] + [10**4 + 1]
    matrix: List[List[int]] = []
    for start, end in zip(starts, ends):
        row = sorted([start] + [rng.randrange(start, end) for _ in range(n - 1)])
        matrix.append(row)
    if present:
        target = rng.choice(rng.choice(matrix))
    else:
        taken = {v for row in matrix for v in row}
        target = rng.choice([v for v in range(-10**4, 10**4 + 1) if v not in taken])
    return {"matrix": matrix, "target": target}
