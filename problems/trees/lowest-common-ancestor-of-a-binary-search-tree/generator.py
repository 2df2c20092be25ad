import random
from collections import deque
from typing import Any, Deque, Dict, List, Optional

LIMIT = 10 ** 9


def _level_order(values: List[int], left: List[int], right: List[int]) -> List[Optional[int]]:
    out: List[Optional[int]] = []
    queue: Deque[int] = deque([0] if values else [])
    while queue:
        i = queue.popleft()
        if i < 0:
            out.append(None)
            continue
        out.append(values[i])
        queue.append(left[i])
        queue.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """params: n (nodes, >= 2); shape: 0 a random BST (distinct values in [-10^9, 10^9] inserted
    in random order, p and q two random nodes), 1 a zigzag chain (right, left, right, ...) whose
    values close in from -10^9 and 10^9, with p and q its two deepest nodes in random order."""
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    left: List[int] = [-1] * n
    right: List[int] = [-1] * n
    values: List[int] = []
    if shape == 1:
        low, high = -LIMIT, LIMIT
        for i in range(n):
            if i % 2 == 0:
                values.append(low)
                low += rng.randint(1, 1000)
            else:
                values.append(high)
                high -= rng.randint(1, 1000)
            if i > 0:
                if i % 2 == 1:
                    right[i - 1] = i
                else:
                    left[i - 1] = i
        pair = [values[n - 1], values[n - 2]]
        rng.shuffle(pair)
    else:
        values = rng.sample(range(-LIMIT, LIMIT + 1), n)
        for i in range(1, n):
            at = 0
            while True:
                if values[i] < values[at]:
                    if left[at] < 0:
                        left[at] = i
                        break
                    at = left[at]
                else:
                    if right[at] < 0:
                        right[at] = i
                        break
                    at = right[at]
        pair = rng.sample(values, 2)
    return {"root": _level_order(values, left, right), "p": pair[0], "q": pair[1]}
