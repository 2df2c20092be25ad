import random
from typing import Dict


def generate(seed: int, **params: int) -> Dict[str, str]:
    """Two strings of lengths m and n over the first `letters` lowercase letters.

    disjoint=1: text1 uses the first half of those letters and text2 the second half (answer 0).
    """
    rng = random.Random(seed)
    m = params.get("m", 1000)
    n = params.get("n", 1000)
    alphabet = "abcdefghijklmnopqrstuvwxyz"[: params.get("letters", 26)]
    first, second = alphabet, alphabet
    if params.get("disjoint", 0):
        half = len(alphabet) // 2
        first, second = alphabet[:half], alphabet[half:]
    text1 = "".join(rng.choice(first) for _ in range(m))
    text2 = "".join(rng.choice(second) for _ in range(n))
    return {"text1": text1, "text2": text2}
