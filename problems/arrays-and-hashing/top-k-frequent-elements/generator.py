import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n numbers using `distinct` different values, with a unique top k.

    The k top values appear at least 4 times each, every other value 1 to 3
    times, so the k most frequent values are unambiguous.
    """
    rng = random.Random(seed)
    n, distinct, k = params["n"], params["distinct"], params["k"]
    values = rng.sample(range(-10_000, 10_001), distinct)
    top, rest = values[:k], values[k:]
    counts = {value: 4 for value in top}
    for value in rest:
        counts[value] = rng.randint(1, 3)
    left = n - sum(counts.values())
    if left < 0:
        raise ValueError("n is too small for distinct and k")
    for _ in range(left):
        counts[top[rng.randrange(k)]] += 1
    nums: List[int] = []
    for value, count in counts.items():
        nums.extend([value] * count)
    rng.shuffle(nums)
    return {"nums": nums, "k": k}
