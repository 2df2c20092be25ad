import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """k sorted lists holding `total` values in [-10^4, 10^4] between them.

    shape 0: one value per list (total == k), the lists in increasing order of their value;
    shape 1: every value goes to a random list (many lists stay empty), then each list is sorted;
    shape 2: the values are dealt out evenly (total // k per list).
    """
    rng = random.Random(seed)
    k = params["k"]
    total = params["total"]
    shape = params["shape"]
    values = [rng.randint(-10000, 10000) for _ in range(total)]
    lists: List[List[int]] = [[] for _ in range(k)]
    if shape == 0:
        values.sort()
        for i, value in enumerate(values):
            lists[i % k].append(value)
    elif shape == 1:
        for value in values:
            lists[rng.randrange(k)].append(value)
    else:
        for i, value in enumerate(values):
            lists[i % k].append(value)
    for chain in lists:
        chain.sort()
    return {"lists": lists}
