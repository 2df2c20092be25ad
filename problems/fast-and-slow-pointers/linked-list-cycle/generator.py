import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    # params: n (number of nodes), pos (index the tail links back to, -1 for no cycle)
    rng = random.Random(seed)
    n = params["n"]
    pos = params["pos"]
    values = [rng.randint(-100000, 100000) for _ in range(n)]
    return {"head": values, "pos": pos}
