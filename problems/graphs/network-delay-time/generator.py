import random
from typing import Any, Dict, List, Tuple


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """kind 0: `m` random edges among `n` nodes (weights 0..100), k random.

    kind 1 (against depth-first search that re-explores a node whenever it is reached sooner):
    a ladder of `layers` junctions. Between two junctions there are two routes, explored in this
    order both in input order and in order of weight: a heavy one (a 0-weight edge into a chain of
    fresh nodes, 2^i + 1 in total) and a light one (one edge of weight 1). The 2^layers ways down
    the ladder arrive at the last junction at ever smaller times, like a binary counter, and each
    time the last junction re-sends the signal into a complete directed graph made of every node
    left over. Node numbers are shuffled; k is the top of the ladder.
    """
    rng = random.Random(seed)
    n = params.get("n", 100)
    if params.get("kind", 0) == 0:
        pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
        chosen = rng.sample(pairs, min(params.get("m", 6000), len(pairs)))
        links = [[u, v, rng.randint(0, 100)] for u, v in chosen]
        return {"times": links, "n": n, "k": rng.randint(1, n)}
    layers = params.get("layers", 11)
    label = list(range(1, n + 1))
    rng.shuffle(label)
    fresh = iter(label)
    out: Dict[int, List[Tuple[int, int]]] = {}

    def edge(u: int, v: int, w: int) -> None:
        out.setdefault(u, []).append((v, w))

    junction = next(fresh)
    k = junction
    for i in range(layers - 1, -1, -1):
        heavy = 2 ** i + 1
        nxt = next(fresh)
        # the heavy route: 0 into the chain, then steps of at most 100
        chain = [junction, next(fresh)]
        steps = [0]
        rest = heavy
        while rest > 100:
            chain.append(next(fresh))
            steps.append(100)
            rest -= 100
        chain.append(nxt)
        steps.append(rest)
        for a, b, w in zip(chain, chain[1:], steps):
            edge(a, b, w)
        edge(junction, nxt, 1)  # the light route, explored second
        junction = nxt
    rest_nodes = list(fresh)
    edge(junction, rest_nodes[0], 1)
    for a in rest_nodes:
        for b in rest_nodes:
            if a != b:
                edge(a, b, rng.randint(1, 100))
    # Interleave the nodes' edge lists at random, keeping each node's own order.
    queues = [edges[::-1] for edges in out.values()]
    sources = list(out.keys())
    times: List[List[int]] = []
    while queues:
        i = rng.randrange(len(queues))
        v, w = queues[i].pop()
        times.append([sources[i], v, w])
        if not queues[i]:
            queues.pop(i)
            sources.pop(i)
    return {"times": times, "n": n, "k": k}
