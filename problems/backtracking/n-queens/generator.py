from typing import Dict


def generate(seed: int, **params: int) -> Dict[str, int]:
    """Just the board size n: a case is generated only so that its long answer (computed by the
    reference) stays out of tests.json. The seed is unused."""
    return {"n": params["n"]}
