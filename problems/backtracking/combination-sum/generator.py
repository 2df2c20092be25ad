import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[int, List[int]]]:
    """The candidates c1, c2, ... (as many as are given), shuffled by the seed, and the target.

    Used for the stress cases only to keep tests.json small: their answers hold well over a hundred
    combinations, which the reference computes.
    """
    rng = random.Random(seed)
    keys = sorted((key for key in params if key.startswith("c")), key=lambda key: int(key[1:]))
    candidates = [params[key] for key in keys]
    rng.shuffle(candidates)
    return {"candidates": candidates, "target": params["target"]}
