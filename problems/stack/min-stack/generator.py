import random
from typing import Any, Dict, List


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """A MinStack driven by `calls` calls (LeetCode: at most 3 * 10^4).

    shape 0 (fill, then ask): the first half pushes random values in [-2^31, 2^31 - 1], the second
    half asks getMin (every 100th call a top instead), all on a full stack. A getMin that scans the
    stack costs about (calls / 2)^2 comparisons in all.
    shape 1 (sawtooth): rounds of pushes (new minimums more often than not) followed by pops, with
    getMin and top after every call, so the minimum keeps being popped and must come back.
    """
    rng = random.Random(seed)
    calls = params.get("calls", 30000)
    shape = params.get("shape", 0)
    low, high = -(2**31), 2**31 - 1
    operations: List[str] = ["MinStack"]
    arguments: List[List[int]] = [[]]

    def add(name: str, args: List[int]) -> None:
        operations.append(name)
        arguments.append(args)

    if shape == 0:
        pushes = calls // 2
        for _ in range(pushes):
            add("push", [rng.randint(low, high)])
        for i in range(calls - pushes):
            add("top" if i % 100 == 99 else "getMin", [])
        return {"operations": operations, "arguments": arguments}

    size = 0
    current = 0
    while len(operations) - 1 < calls - 3:
        if size == 0 or (size < 2000 and rng.random() < 0.55):
            if rng.random() < 0.6:
                current = max(low, current - rng.randint(0, 2**20))  # a new minimum, or a tie
            else:
                current = rng.randint(current, high)
            add("push", [current if rng.random() < 0.8 else rng.randint(low, high)])
            size += 1
        else:
            add("pop", [])
            size -= 1
            if size == 0:
                continue
        add("getMin", [])
        add("top", [])
    while len(operations) - 1 < calls:
        add("push", [rng.randint(low, high)])
    return {"operations": operations, "arguments": arguments}
