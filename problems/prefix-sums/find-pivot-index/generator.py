import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """n numbers in [-1000, 1000].

    pivot=-1: no pivot index at all (every left sum differs from its right sum).
    pivot=p >= 0: index p is the leftmost pivot (the last number is adjusted to balance the
    sides; if some earlier index is a pivot by chance, the list is drawn again, so pick a seed
    that succeeds quickly for a pivot far from the start).
    """
    rng = random.Random(seed)
    n, pivot = params["n"], params.get("pivot", -1)
    while True:
        nums = [rng.randint(-1000, 1000) for _ in range(n)]
        if pivot >= 0:
            # Make sum(nums[:pivot]) == sum(nums[pivot + 1:]) by fixing the last number.
            gap = sum(nums[:pivot]) - sum(nums[pivot + 1 : n - 1])
            if not -1000 <= gap <= 1000 or pivot == n - 1:
                continue
            nums[n - 1] = gap
        total = sum(nums)
        left = 0
        first = -1
        for i, value in enumerate(nums):
            if left == total - left - value:
                first = i
                break
            left += value
        if first == pivot:
            return {"nums": nums}
