import random
from typing import Dict, List, Union

Value = Union[List[str], List[List[int]]]


def generate(seed: int, **params: int) -> Dict[str, Value]:
    """A full cache of `capacity` keys, then `ops` calls that keep hitting a small window of
    recently used keys (so a list kept in recency order must be scanned almost to its end on
    every call), the window moving through the keys as the run goes on.

    Mix per call: about 65% get of a window key, 29% put (update) of a window key, 5% get of a key
    never stored (-1), 1% put of a new key (evicts the least recently used key).
    Keys are in 257..10^4 (LeetCode: 0 <= key <= 10^4), values in 0..10^5.
    """
    rng = random.Random(seed)
    ops = params.get("ops", 200000)
    capacity = params.get("capacity", 3000)
    window = params.get("window", 64)
    block = params.get("block", 400)
    pool = rng.sample(range(257, 10001), min(10001 - 257, capacity + 2000))
    keys = pool[:capacity]
    spare = pool[capacity:]
    absent = list(range(0, 257))  # never stored
    operations: List[str] = ["LRUCache"]
    arguments: List[List[int]] = [[capacity]]
    for key in keys:
        if len(operations) > ops:
            break
        operations.append("put")
        arguments.append([key, rng.randint(0, 100000)])
    start = 0
    done = 0
    while len(operations) <= ops:
        current = [keys[(start + i) % len(keys)] for i in range(window)]
        for _ in range(block):
            if len(operations) > ops:
                break
            roll = rng.random()
            if roll < 0.65:
                operations.append("get")
                arguments.append([rng.choice(current)])
            elif roll < 0.94:
                operations.append("put")
                arguments.append([rng.choice(current), rng.randint(0, 100000)])
            elif roll < 0.99:
                operations.append("get")
                arguments.append([rng.choice(absent)])
            else:
                fresh = spare[done % len(spare)]
                done += 1
                operations.append("put")
                arguments.append([fresh, rng.randint(0, 100000)])
        start += window
    return {"operations": operations, "arguments": arguments}
