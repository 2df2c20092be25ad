import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """n positive numbers whose total stays below k, so no subarray sum is a multiple of k
    (every sum is strictly between 0 and k): the answer is false.

    With zeros_at_end=1 the last two numbers are 0, and that pair (sum 0, a multiple of every k)
    is the only good subarray: the answer is true, found only at the very end.
    Values are in 1..max_value (default 20000, so 10^5 of them stay below 2^31 - 1); k defaults
    to 2^31 - 1.
    """
    rng = random.Random(seed)
    n = params["n"]
    k = params.get("k", 2**31 - 1)
    max_value = params.get("max_value", 20000)
    nums = [rng.randint(1, max_value) for _ in range(n)]
    if params.get("zeros_at_end", 0):
        nums[-2:] = [0, 0]
    if sum(nums) >= k:
        raise ValueError("the total must stay below k")
    return {"nums": nums, "k": k}
