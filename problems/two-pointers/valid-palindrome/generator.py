import random
from typing import Dict, List

PUNCTUATION = " ,.:;!?'-_()\"@#"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def generate(seed: int, **params: int) -> Dict[str, str]:
    """A string of length n: a palindrome of letters and digits in random case, with
    punctuation and spaces sprinkled in (about one character in four).

    With broken = 1, one character just left of the middle is changed, so two pointers
    walk almost the whole string before they find the mismatch.
    """
    rng = random.Random(seed)
    n = params["n"]
    core_len = n * 3 // 4
    half = [rng.choice(ALNUM) for _ in range(core_len // 2)]
    middle = [rng.choice(ALNUM)] if core_len % 2 else []
    core = half + middle + half[::-1]
    if params.get("broken", 0) == 1:
        spot = len(half) - 1
        core[spot] = "a" if core[spot] != "a" else "b"
    letters = [c.upper() if rng.random() < 0.5 else c for c in core]
    extra = n - len(letters)
    slots = sorted(rng.randint(0, len(letters)) for _ in range(extra))
    out: List[str] = []
    j = 0
    for i, c in enumerate(letters):
        while j < extra and slots[j] == i:
            out.append(rng.choice(PUNCTUATION))
            j += 1
        out.append(c)
    while j < extra:
        out.append(rng.choice(PUNCTUATION))
        j += 1
    return {"s": "".join(out)}
