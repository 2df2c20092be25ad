import random
import string
from typing import Any, Dict, List


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """params: n (strings), length (letters in each), common (length of the shared prefix,
    <= length). Every string starts with the same `common` letters; when common < length, the
    letter right after the prefix is not the same in all strings."""
    rng = random.Random(seed)
    n = params["n"]
    length = params["length"]
    common = params["common"]
    prefix = "".join(rng.choices(string.ascii_lowercase, k=common))
    strs: List[str] = []
    for _ in range(n):
        strs.append(prefix + "".join(rng.choices(string.ascii_lowercase, k=length - common)))
    if common < length and n >= 2 and all(s[common] == strs[0][common] for s in strs):
        last = strs[-1]
        other = "b" if last[common] == "a" else "a"
        strs[-1] = last[:common] + other + last[common + 1:]
    return {"strs": strs}
