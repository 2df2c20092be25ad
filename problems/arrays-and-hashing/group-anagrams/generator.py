import random
from typing import Dict, List, Set


def generate(seed: int, **params: int) -> Dict[str, List[str]]:
    """n lowercase words in `groups` anagram groups, shuffled.

    Each group starts from a random word of length min_len..max_len (distinct letter counts,
    so groups never merge); the group's other words are shuffles of it, possibly repeats.
    Group sizes differ by at most one.
    """
    rng = random.Random(seed)
    n, groups = params["n"], params["groups"]
    min_len, max_len = params.get("min_len", 1), params.get("max_len", 100)
    letters = "abcdefghijklmnopqrstuvwxyz"
    keys: Set[str] = set()
    bases: List[str] = []
    while len(bases) < groups:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(min_len, max_len)))
        key = "".join(sorted(word))
        if key not in keys:
            keys.add(key)
            bases.append(word)
    strs: List[str] = []
    for i in range(n):
        chars = list(bases[i % groups])
        if i >= groups:
            rng.shuffle(chars)
        strs.append("".join(chars))
    rng.shuffle(strs)
    return {"strs": strs}
