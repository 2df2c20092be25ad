import random
from typing import Dict


def generate(seed: int, **params: int) -> Dict[str, str]:
    """Two words over the first `letters` lowercase letters.

    edits=0: two independent random words of lengths m and n.
    edits=k: word2 is word1 (length m) after k random inserts, deletes and replacements, capped at
    500 letters (LeetCode's limit).
    """
    rng = random.Random(seed)
    m = params.get("m", 500)
    n = params.get("n", 500)
    alphabet = "abcdefghijklmnopqrstuvwxyz"[: params.get("letters", 26)]
    word1 = "".join(rng.choice(alphabet) for _ in range(m))
    edits = params.get("edits", 0)
    if not edits:
        return {"word1": word1, "word2": "".join(rng.choice(alphabet) for _ in range(n))}
    letters = list(word1)
    for _ in range(edits):
        kind = rng.randrange(3)
        if kind == 0 and len(letters) < 500:
            letters.insert(rng.randint(0, len(letters)), rng.choice(alphabet))
        elif kind == 1 and letters:
            del letters[rng.randrange(len(letters))]
        elif letters:
            letters[rng.randrange(len(letters))] = rng.choice(alphabet)
    return {"word1": word1, "word2": "".join(letters)}
