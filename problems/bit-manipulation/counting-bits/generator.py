from typing import Dict


def generate(seed: int, **params: int) -> Dict[str, int]:
    """The input is one number: n itself (the seed is unused). A generated case keeps the
    n + 1 expected counts out of tests.json."""
    return {"n": params["n"]}
