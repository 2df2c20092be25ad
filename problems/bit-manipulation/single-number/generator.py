import random
from typing import Any, Dict, List


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """n numbers (n odd): (n - 1) / 2 distinct values twice each, plus one value once.

    mirror = 0: the pairs are shuffled and the single number is the last element.
    mirror = 1: the first half holds every paired value once, then the single number, then the
    first half again in reverse order (so a list of "seen so far" values grows to n / 2 and every
    lookup in it scans to its far end).
    Values are in -3*10^4..3*10^4 (LeetCode's range).
    """
    rng = random.Random(seed)
    n = params["n"]
    mirror = params.get("mirror", 0)
    pairs = (n - 1) // 2
    values = rng.sample(range(-30000, 30001), pairs + 1)
    single = values[-1]
    half = values[:pairs]
    nums: List[int]
    if mirror:
        nums = half + [single] + half[::-1]
    else:
        nums = half * 2
        rng.shuffle(nums)
        nums.append(single)
    return {"nums": nums}
