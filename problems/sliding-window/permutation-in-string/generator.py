import random
from typing import Dict, List

LETTERS = "abcdefghijklmnopqrstuvwxy"  # every letter but 'z', which is placed on purpose


def generate(seed: int, **params: int) -> Dict[str, str]:
    """s1 of length n1 and s2 of length n2 (n2 > n1 + 1), random lowercase letters.

    s1 holds exactly two 'z'. In s2 the letter 'z' appears only every n1 + 1 positions, so
    no window of n1 letters holds two of them: no window of s2 is a permutation of s1, and a
    solution has to look at every window to be sure. found = 1 then overwrites the last n1
    letters of s2 with a shuffled copy of s1, making the answer true at the last window.
    """
    rng = random.Random(seed)
    n1, n2 = params["n1"], params["n2"]
    s1 = [rng.choice(LETTERS) for _ in range(n1 - 2)] + ["z", "z"]
    rng.shuffle(s1)
    s2: List[str] = [rng.choice(LETTERS) for _ in range(n2)]
    for i in range(rng.randrange(n1 + 1), n2, n1 + 1):
        s2[i] = "z"
    if params.get("found", 0) == 1:
        copy = s1[:]
        rng.shuffle(copy)
        s2[n2 - n1:] = copy
    return {"s1": "".join(s1), "s2": "".join(s2)}
