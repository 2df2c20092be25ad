import random
from typing import Dict, List, Set, Tuple


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """A tree on `n` nodes plus one extra edge, every edge written [smaller, larger].

    kind 0: a random tree (each node joins a random earlier one, labels shuffled), a random extra
            edge, all edges shuffled.
    kind 1: a path through all nodes in random label order, closed into one cycle of n nodes by
            an edge between its two ends; edges shuffled, or with `ordered` = 1 listed along the
            path with the closing edge last (a DFS per edge then searches the whole path so far).
    """
    rng = random.Random(seed)
    n = params.get("n", 1000)
    label = list(range(1, n + 1))
    rng.shuffle(label)
    pairs: Set[Tuple[int, int]] = set()
    if params.get("kind", 0) == 0:
        for i in range(1, n):
            a, b = label[i], label[rng.randrange(i)]
            pairs.add((min(a, b), max(a, b)))
        while len(pairs) < n:
            a, b = rng.sample(range(1, n + 1), 2)
            pairs.add((min(a, b), max(a, b)))
    else:
        path = [[min(a, b), max(a, b)] for a, b in zip(label, label[1:] + label[:1])]
        if params.get("ordered", 0):
            return {"edges": path}
        pairs = {(a, b) for a, b in path}
    edges = [[a, b] for a, b in sorted(pairs)]
    rng.shuffle(edges)
    return {"edges": edges}
