import random
from collections import deque
from typing import Any, Deque, Dict, List, Optional


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """params: n (nodes, >= 1); shape: 0 a random tree (each new node hung on a uniformly chosen
    free slot), 1 a zigzag chain of n nodes, 2 two arms: the root with a left chain and a right
    chain of about n / 2 nodes each, whose ends zigzag."""
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    left: List[int] = [-1] * n
    right: List[int] = [-1] * n
    if shape == 1:
        for i in range(1, n):
            if i % 2 == 1:
                left[i - 1] = i
            else:
                right[i - 1] = i
    elif shape == 2:
        half = (n - 1) // 2
        previous = 0
        for i in range(1, half + 1):  # the left arm: nodes 1..half
            if previous == 0 or i % 2 == 0:
                left[previous] = i
            else:
                right[previous] = i
            previous = i
        previous = 0
        for i in range(half + 1, n):  # the right arm: nodes half+1..n-1
            if previous == 0 or i % 2 == 0:
                right[previous] = i
            else:
                left[previous] = i
            previous = i
    else:
        free: List[int] = [0, 1]  # slot s: node s // 2, left if even
        for i in range(1, n):
            j = rng.randrange(len(free))
            free[j], free[-1] = free[-1], free[j]
            slot = free.pop()
            if slot % 2 == 0:
                left[slot // 2] = i
            else:
                right[slot // 2] = i
            free.append(2 * i)
            free.append(2 * i + 1)
    values = [rng.randint(-100, 100) for _ in range(n)]
    out: List[Optional[int]] = []
    queue: Deque[int] = deque([0])
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
    return {"root": out}
