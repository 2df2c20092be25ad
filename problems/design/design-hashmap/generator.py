import random
from typing import Dict, List, Union

Value = Union[List[str], List[List[int]]]


def generate(seed: int, **params: int) -> Dict[str, Value]:
    """`keys` puts of distinct random keys (0..10^6), then calls up to `ops` in all:
    about 45% get of a stored key, 25% get of a key never stored (-1), 15% put (half update a
    stored key, half add a new one), 15% remove (of a stored key, or of a key not there)."""
    rng = random.Random(seed)
    ops = params["ops"]
    count = params["keys"]
    pool = rng.sample(range(0, 10**6 + 1), count + ops)
    stored: List[int] = pool[:count]
    fresh = pool[count:]
    operations: List[str] = ["MyHashMap"]
    arguments: List[List[int]] = [[]]
    for key in stored:
        operations.append("put")
        arguments.append([key, rng.randint(0, 10**6)])
    used = 0
    while len(operations) <= ops:
        roll = rng.random()
        if roll < 0.45 and stored:
            operations.append("get")
            arguments.append([rng.choice(stored)])
        elif roll < 0.70:
            operations.append("get")
            arguments.append([fresh[-1 - (used % 1000)]])  # the last 1000 fresh keys are never put
        elif roll < 0.85:
            if rng.random() < 0.5 and stored:
                key = rng.choice(stored)
            else:
                key = fresh[used]
                used += 1
                stored.append(key)
            operations.append("put")
            arguments.append([key, rng.randint(0, 10**6)])
        else:
            if rng.random() < 0.8 and stored:
                index = rng.randrange(len(stored))
                key = stored[index]
                stored[index] = stored[-1]
                stored.pop()
            else:
                key = fresh[-1 - (used % 1000)]
            operations.append("remove")
            arguments.append([key])
    return {"operations": operations, "arguments": arguments}
