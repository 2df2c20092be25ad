import random
from collections import deque
from typing import Any, Deque, Dict, List, Optional

LOW = -(2 ** 31)
HIGH = 2 ** 31 - 1


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
    """params: n (nodes), shape: 0 a random BST (distinct values inserted in random order),
    1 a zigzag chain (right, left, right, ...) whose values close in from -2^31 and 2^31 - 1,
    2 a left spine of decreasing values; swap: 1 to swap the values of two random nodes of the
    random BST afterwards (then it is no longer a BST)."""
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    left: List[int] = [-1] * n
    right: List[int] = [-1] * n
    values: List[int] = []
    if shape == 1:
        low, high = LOW, HIGH
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
    elif shape == 2:
        value = HIGH
        for i in range(n):
            values.append(value)
            value -= rng.randint(1, 1000)
            if i > 0:
                left[i - 1] = i
    else:
        values = rng.sample(range(LOW, HIGH + 1), n)
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
        if params.get("swap", 0) and n >= 2:
            a, b = rng.sample(range(n), 2)
            values[a], values[b] = values[b], values[a]
    return {"root": _level_order(values, left, right)}
