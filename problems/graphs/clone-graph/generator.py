import random
from typing import Dict, List, Set, Tuple


def generate(seed: int, **params: int) -> Dict[str, List[List[int]]]:
    """An adjacency list of `n` nodes (values 1..n), each neighbour list in random order.

    kind 0: the complete graph.
    kind 1: a random spanning tree plus `extra` random edges (connected, no self-loops, no repeats).
    """
    rng = random.Random(seed)
    n = params.get("n", 100)
    kind = params.get("kind", 0)
    edges: Set[Tuple[int, int]] = set()
    if kind == 0:
        edges = {(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)}
    else:
        order = list(range(1, n + 1))
        rng.shuffle(order)
        for i in range(1, n):
            a, b = order[i], order[rng.randrange(i)]
            edges.add((min(a, b), max(a, b)))
        extra = min(params.get("extra", 0), n * (n - 1) // 2 - len(edges))
        while extra > 0:
            a, b = rng.sample(range(1, n + 1), 2)
            if (min(a, b), max(a, b)) not in edges:
                edges.add((min(a, b), max(a, b)))
                extra -= 1
    adjacency: List[List[int]] = [[] for _ in range(n)]
    for a, b in sorted(edges):
        adjacency[a - 1].append(b)
        adjacency[b - 1].append(a)
    for neighbours in adjacency:
        rng.shuffle(neighbours)
    return {"node": adjacency}
