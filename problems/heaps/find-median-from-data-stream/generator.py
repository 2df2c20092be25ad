import random
from typing import Dict, List, Union


def generate(seed: int, **params: int) -> Dict[str, Union[List[str], List[List[int]]]]:
    """`calls` calls after the constructor: `find_every` addNum calls, then one findMedian, repeated.

    order 0: numbers drawn uniformly from [-10^5, 10^5];
    order 1: increasing numbers from -10^5 up (each repeated `repeat` times), wrapping around at 10^5.
    """
    rng = random.Random(seed)
    calls = params["calls"]
    find_every = params["find_every"]
    order = params["order"]
    repeat = params.get("repeat", 1)
    operations: List[str] = ["MedianFinder"]
    arguments: List[List[int]] = [[]]
    added = 0
    value = -100000
    while len(operations) <= calls:
        if added > 0 and added % find_every == 0 and operations[-1] != "findMedian":
            operations.append("findMedian")
            arguments.append([])
            continue
        if order == 0:
            num = rng.randint(-100000, 100000)
        else:
            num = value
            if (added + 1) % repeat == 0:
                value = value + 1 if value < 100000 else -100000
        operations.append("addNum")
        arguments.append([num])
        added += 1
    return {"operations": operations, "arguments": arguments}
