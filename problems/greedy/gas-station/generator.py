import random
from typing import Dict, List

MAX = 10_000


def _staircase(rng: random.Random, n: int) -> Dict[str, List[int]]:
    """Gain 1 at each of the first n - 11 stations, lose 10^4 at each of the next 10,
    and gain just enough at the last station: only the last station is a valid start,
    and every other start before the deficit runs a long way before it fails."""
    deficits = 10
    climb = n - deficits - 1
    surplus = deficits * MAX - climb  # makes the total exactly 0
    assert 0 < surplus <= MAX
    gas: List[int] = []
    cost: List[int] = []
    for _ in range(climb):
        g = rng.randint(1, MAX)
        gas.append(g)
        cost.append(g - 1)
    gas.extend([0] * deficits)
    cost.extend([MAX] * deficits)
    c = rng.randint(0, MAX - surplus)
    gas.append(c + surplus)
    cost.append(c)
    return {"gas": gas, "cost": cost}


def _unique_start(gains: List[int]) -> bool:
    # With a total of 0, a start works exactly when the running sum before it is the lowest.
    running = 0
    lowest = 0
    count = 0
    for gain in gains:
        if running < lowest:
            lowest, count = running, 1
        elif running == lowest:
            count += 1
        running += gain
    return count == 1


def _random(rng: random.Random, n: int, solvable: int) -> Dict[str, List[int]]:
    while True:
        gas = [rng.randint(0, MAX) for _ in range(n)]
        cost = [rng.randint(0, MAX) for _ in range(n)]
        total = sum(gas) - sum(cost)
        want = 0 if solvable else -rng.randint(1, MAX)
        while total != want:
            i = rng.randrange(n)
            if total > want:
                step = min(gas[i], total - want)
                gas[i] -= step
                total -= step
            else:
                step = min(MAX - gas[i], want - total)
                gas[i] += step
                total += step
        if not solvable or _unique_start([g - c for g, c in zip(gas, cost)]):
            return {"gas": gas, "cost": cost}


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    # params: n; shape 0 = staircase (answer n - 1), 1 = random with a unique answer, 2 = random with no answer
    rng = random.Random(seed)
    n = params["n"]
    shape = params["shape"]
    if shape == 0:
        return _staircase(rng, n)
    return _random(rng, n, 1 if shape == 1 else 0)
