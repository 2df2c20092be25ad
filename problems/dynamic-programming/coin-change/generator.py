import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """`n` distinct coins drawn from lo..hi and an amount.

    even=1: every coin is even and the amount is made odd, so no combination reaches it (answer -1).
    with_one=1: the coin 1 is added (replacing one drawn coin), so every amount is reachable.
    """
    rng = random.Random(seed)
    n = params.get("n", 12)
    lo = params.get("lo", 1)
    hi = params.get("hi", 500)
    amount = params.get("amount", 10000)
    if params.get("even", 0):
        coins = [2 * v for v in rng.sample(range((lo + 1) // 2, hi // 2 + 1), n)]
        amount |= 1
    else:
        coins = rng.sample(range(lo, hi + 1), n)
    if params.get("with_one", 0) and 1 not in coins:
        coins[rng.randrange(n)] = 1
    return {"coins": coins, "amount": amount}
