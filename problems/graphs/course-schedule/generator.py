import random
from typing import Any, Dict, List, Set, Tuple


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """A layered DAG: `n` courses in layers of `width`, every course of a layer a prerequisite of
    every course of the next (so the number of paths doubles per layer when width is 2), plus
    `extra` random prerequisites from an earlier layer to a later one (still no cycle).
    With `cycle` = 1 the last three courses leave the DAG and form a cycle of their own.
    Course numbers are shuffled so that no course order matches the layer order.
    """
    rng = random.Random(seed)
    n = params.get("n", 2000)
    width = params.get("width", 2)
    extra = params.get("extra", 0)
    cycle = params.get("cycle", 0)
    label = list(range(n))
    rng.shuffle(label)
    dag = n - 3 if cycle else n
    layers: List[List[int]] = [list(range(start, min(start + width, dag))) for start in range(0, dag, width)]
    pairs: Set[Tuple[int, int]] = set()
    for upper, lower in zip(layers, layers[1:]):
        for before in upper:
            for after in lower:
                pairs.add((after, before))
    layer_of = [i // width for i in range(dag)]
    while extra > 0:
        a, b = rng.randrange(dag), rng.randrange(dag)
        if layer_of[a] == layer_of[b]:
            continue
        if layer_of[a] < layer_of[b]:
            a, b = b, a
        if (a, b) not in pairs:
            pairs.add((a, b))
            extra -= 1
    prerequisites: List[List[int]] = [[label[a], label[b]] for a, b in sorted(pairs)]
    if cycle:
        x, y, z = label[n - 3], label[n - 2], label[n - 1]
        prerequisites += [[x, y], [y, z], [z, x]]
    rng.shuffle(prerequisites)
    return {"numCourses": n, "prerequisites": prerequisites}
