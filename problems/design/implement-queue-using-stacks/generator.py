import random
from typing import Dict, List, Union

Value = Union[List[str], List[List[int]]]


def generate(seed: int, **params: int) -> Dict[str, Value]:
    """`ops` calls after the constructor: push (x in 1..9) about half the time, otherwise pop,
    peek or empty, with pop and peek only when the queue is not empty (as LeetCode promises)."""
    rng = random.Random(seed)
    ops = params["ops"]
    operations: List[str] = ["MyQueue"]
    arguments: List[List[int]] = [[]]
    size = 0
    for _ in range(ops):
        roll = rng.random()
        if size == 0 or roll < 0.5:
            if size > 0 and roll < 0.1:
                operations.append("empty")
                arguments.append([])
                continue
            operations.append("push")
            arguments.append([rng.randint(1, 9)])
            size += 1
        elif roll < 0.8:
            operations.append("pop")
            arguments.append([])
            size -= 1
        elif roll < 0.95:
            operations.append("peek")
            arguments.append([])
        else:
            operations.append("empty")
            arguments.append([])
    return {"operations": operations, "arguments": arguments}
