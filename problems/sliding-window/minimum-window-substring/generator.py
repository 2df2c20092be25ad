import random
import string
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, str]:
    """s of length m and t of length n, with exactly one shortest window.

    t is drawn from 26 of the 52 letters; the other 26 are filler that t never uses. s holds
    one shuffled copy of t (the answer, length n), `decoys` shuffled copies of t that each
    lack one character, and filler everywhere else, at least one filler character between
    any two pieces. A window covering t has length n only if it is the full copy, so the
    answer is unique. With early = 1 the full copy is the first piece, so a solution that
    restarts from every start position scans to the end of s almost every time.
    """
    rng = random.Random(seed)
    m, n = params["m"], params["n"]
    decoys = params.get("decoys", 0)
    letters = list(string.ascii_letters)
    rng.shuffle(letters)
    used, filler = letters[:26], letters[26:]
    t = [rng.choice(used) for _ in range(n)]
    pieces: List[List[str]] = []
    for _ in range(decoys):
        decoy = t[:]
        decoy.pop(rng.randrange(n))
        rng.shuffle(decoy)
        pieces.append(decoy)
    full = t[:]
    rng.shuffle(full)
    if params.get("early", 0) == 1:
        pieces.insert(0, full)
    else:
        pieces.insert(rng.randint(0, len(pieces)), full)
    spare = m - sum(len(piece) for piece in pieces) - (len(pieces) + 1)
    if spare < 0:
        raise ValueError("m is too small for t and its decoys")
    gaps = [1] * (len(pieces) + 1)
    for _ in range(spare):
        gaps[rng.randrange(len(gaps))] += 1
    out: List[str] = []
    for gap, piece in zip(gaps, pieces):
        out.extend(rng.choice(filler) for _ in range(gap))
        out.extend(piece)
    out.extend(rng.choice(filler) for _ in range(gaps[-1]))
    return {"s": "".join(out), "t": "".join(t)}
