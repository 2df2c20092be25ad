import random
import string
from typing import Dict, List, Union

Value = Union[List[str], List[List[Union[str, int]]]]

_ALPHABET = string.ascii_lowercase + string.digits


def _word(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


def generate(seed: int, **params: int) -> Dict[str, Value]:
    """`sets` set calls spread over `keys` keys with strictly increasing timestamps (steps of
    1..`gap`), then `gets` get calls. kind 0: each get asks a stored key (one in 20 an unknown key)
    at a random timestamp between 1 and just past the last set. kind 1: every get asks at a
    timestamp near 10^7, far after the last set. Keys and values are 1..8 lowercase letters and
    digits; timestamps stay within 1..10^7 (LeetCode's limits)."""
    rng = random.Random(seed)
    kind = params.get("kind", 0)
    sets, gets = params["sets"], params["gets"]
    key_count, gap = params.get("keys", 1), params.get("gap", 10)
    keys: List[str] = []
    while len(keys) < key_count:
        word = _word(rng, rng.randint(3, 8))
        if word not in keys:
            keys.append(word)
    operations: List[str] = ["TimeMap"]
    arguments: List[List[Union[str, int]]] = [[]]
    now = 0
    for _ in range(sets):
        now += rng.randint(1, gap)
        operations.append("set")
        arguments.append([rng.choice(keys), _word(rng, rng.randint(1, 8)), now])
    for _ in range(gets):
        key = rng.choice(keys) if rng.random() >= 0.05 else "unknown" + _word(rng, 1)
        if kind == 1:
            timestamp = rng.randint(10**7 - 1000, 10**7)
        else:
            timestamp = rng.randint(1, now + gap)
        operations.append("get")
        arguments.append([key, timestamp])
    return {"operations": operations, "arguments": arguments}
