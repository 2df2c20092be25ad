import random
from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[List[str]]]:
    """A rows x cols grid of "1" (land) and "0" (water).

    kind 0: each cell is land with probability density/100.
    kind 1: one long snake: every even row is land, odd rows connect them at alternating ends,
            then `flips` random cells are turned to water (which can cut the snake into pieces).
    kind 2: a checkerboard (no two land cells share a side: as many islands as land cells).
    """
    rng = random.Random(seed)
    rows = params.get("rows", 300)
    cols = params.get("cols", 300)
    kind = params.get("kind", 0)
    if kind == 0:
        density = params.get("density", 50)
        grid = [["1" if rng.random() * 100 < density else "0" for _ in range(cols)] for _ in range(rows)]
    elif kind == 1:
        grid = [["0"] * cols for _ in range(rows)]
        for r in range(rows):
            if r % 2 == 0:
                grid[r] = ["1"] * cols
            else:
                grid[r][cols - 1 if r % 4 == 1 else 0] = "1"
        for _ in range(params.get("flips", 0)):
            grid[rng.randrange(rows)][rng.randrange(cols)] = "0"
    else:
        offset = rng.randrange(2)
        grid = [["1" if (r + c + offset) % 2 == 0 else "0" for c in range(cols)] for r in range(rows)]
    return {"grid": grid}
