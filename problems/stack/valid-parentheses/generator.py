import random
from typing import Dict, List

PAIRS = {"(": ")", "[": "]", "{": "}"}


def generate(seed: int, **params: int) -> Dict[str, str]:
    """A string of n brackets (n even).

    deep=1 nests everything (n/2 openers, then their closers); deep=0 mixes
    opening and closing at random. broken=1 swaps the type of the last closer,
    so the string is invalid only at its very end.
    """
    rng = random.Random(seed)
    n, deep, broken = params["n"], params.get("deep", 0), params.get("broken", 0)
    chars: List[str] = []
    stack: List[str] = []
    for position in range(n):
        left = n - position  # characters still to write, including this one
        must_close = len(stack) == left
        can_open = len(stack) + 1 <= left - 1
        if not must_close and can_open and (not stack or deep or rng.random() < 0.55):
            opener = rng.choice("([{")
            stack.append(opener)
            chars.append(opener)
        else:
            chars.append(PAIRS[stack.pop()])
    if broken:
        last = chars[-1]
        chars[-1] = rng.choice([c for c in ")]}" if c != last])
    return {"s": "".join(chars)}
