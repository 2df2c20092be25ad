import random
from typing import Any, Dict, List


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """kind 0: every flight i -> j for i < j (n(n-1)/2 flights, LeetCode's maximum); i -> i+1 costs
    `cheap`, every other flight a random price in 100..10^4, and each city lists its flights with the
    cheap one last. src = 0, dst = n - 1, k = `k`.
    kind 1: a random tournament (one flight per pair of cities, random direction and price in
    1..10^4) among all cities but the last `detour` + 1, which form a one-way chain ending at dst
    and starting from one random tournament city; with `detour` = 0, dst is any tournament city.
    src random, k = `k`. With detour + 1 > k, dst is out of reach: the answer is -1, and nothing
    cheap is ever found to prune the search with.
    """
    rng = random.Random(seed)
    n = params.get("n", 100)
    k = params.get("k", n - 2)
    flights: List[List[int]] = []
    if params.get("kind", 0) == 0:
        cheap = params.get("cheap", 1)
        for a in range(n):
            targets = list(range(a + 2, n))
            rng.shuffle(targets)
            flights += [[a, b, rng.randint(100, 10000)] for b in targets]
            if a + 1 < n:
                flights.append([a, a + 1, cheap])
        return {"n": n, "flights": flights, "src": 0, "dst": n - 1, "k": k}
    detour = params.get("detour", 0)
    label = list(range(n))
    rng.shuffle(label)
    core = n - detour - 1 if detour else n
    for a in range(core):
        for b in range(a + 1, core):
            if rng.random() < 0.5:
                flights.append([label[a], label[b], rng.randint(1, 10000)])
            else:
                flights.append([label[b], label[a], rng.randint(1, 10000)])
    if detour:
        chain = [rng.randrange(core)] + list(range(core, n))
        flights += [[label[a], label[b], rng.randint(1, 10000)] for a, b in zip(chain, chain[1:])]
        src, dst = label[rng.randrange(core)], label[n - 1]
    else:
        src, dst = (label[i] for i in rng.sample(range(n), 2))
    rng.shuffle(flights)
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}
