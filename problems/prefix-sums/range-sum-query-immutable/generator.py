import random
from typing import Any, Dict, List


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """NumArray over n numbers in [-10^5, 10^5], then `calls` sumRange calls.

    Each range is long: left in the first `spread` positions, right in the last `spread`
    (so every sum covers at least n - 2 * spread numbers).
    """
    rng = random.Random(seed)
    n, calls, spread = params["n"], params["calls"], params.get("spread", 100)
    nums = [rng.randint(-100_000, 100_000) for _ in range(n)]
    operations: List[str] = ["NumArray"]
    arguments: List[List[Any]] = [[nums]]
    for _ in range(calls):
        left = rng.randrange(min(spread, n))
        right = n - 1 - rng.randrange(min(spread, n - left))
        operations.append("sumRange")
        arguments.append([left, right])
    return {"operations": operations, "arguments": arguments}
