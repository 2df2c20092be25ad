import random
from collections import deque
from typing import Any, Deque, Dict, List, Optional


def generate(seed: int, **params: int) -> Dict[str, Any]:
    # params: n (number of nodes); chain (optional, 1: a zigzag chain of n nodes,
    # 0 or absent: a random tree, each new node hung on a uniformly chosen free slot)
    rng = random.Random(seed)
    n = params["n"]
    chain = params.get("chain", 0)
    left: List[int] = [-1] * n
    right: List[int] = [-1] * n
    if chain:
        for i in range(1, n):
            if i % 2 == 1:
                left[i - 1] = i
            else:
                right[i - 1] = i
    else:
        free: List[int] = [0, 1] if n > 0 else []  # slot s: node s // 2, left if even
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
    values = [rng.randint(-1000, 1000) for _ in range(n)]
    out: List[Optional[int]] = []
    if n > 0:
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
