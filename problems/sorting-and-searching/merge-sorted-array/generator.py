import random
from typing import Any, Dict


def generate(seed: int, **params: int) -> Dict[str, Any]:
    """Two sorted lists of m and n random values in -10^9..10^9; nums1 carries n zeros at its end."""
    rng = random.Random(seed)
    m, n = params["m"], params["n"]
    first = sorted(rng.randint(-10**9, 10**9) for _ in range(m))
    second = sorted(rng.randint(-10**9, 10**9) for _ in range(n))
    return {"nums1": first + [0] * n, "m": m, "nums2": second, "n": n}
