import random
from typing import Dict

PRINTABLE = [chr(code) for code in range(32, 127)]  # letters, digits, symbols and space


def generate(seed: int, **params: int) -> Dict[str, str]:
    """A string of length n.

    cycle = 1: one random ordering of all 95 printable characters, repeated; every substring
    of up to 95 characters is repeat-free, so the longest answer is 95 and any solution that
    re-checks each candidate substring does about 95 * 95 work per start.
    Otherwise: uniformly random printable characters.
    """
    rng = random.Random(seed)
    n = params["n"]
    if params.get("cycle", 0) == 1:
        order = PRINTABLE[:]
        rng.shuffle(order)
        return {"s": "".join(order[i % len(order)] for i in range(n))}
    return {"s": "".join(rng.choice(PRINTABLE) for _ in range(n))}
