import random
from typing import Dict


def generate(seed: int, **params: int) -> Dict[str, str]:
    """s: n random lowercase letters; t: s shuffled (an anagram).

    With differ=1, one letter of t is changed to another letter, so the two strings have the
    same length but are not anagrams, and the difference is found only when all letters are counted.
    With alphabet=a, only the first a letters are used (default 26).
    With opposite=1, s is sorted and t is sorted backwards, so every letter of s sits near the
    far end of t.
    """
    rng = random.Random(seed)
    n = params["n"]
    letters = "abcdefghijklmnopqrstuvwxyz"[: params.get("alphabet", 26)]
    s = [rng.choice(letters) for _ in range(n)]
    t = s[:]
    rng.shuffle(t)
    if params.get("opposite", 0):
        s.sort()
        t.sort(reverse=True)
    if params.get("differ", 0):
        i = rng.randrange(n // 2, n)
        t[i] = letters[(letters.index(t[i]) + 1) % len(letters)]
    return {"s": "".join(s), "t": "".join(t)}
