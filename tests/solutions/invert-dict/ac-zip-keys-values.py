from typing import Dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    inverted: Dict[int, str] = {v: k for k, v in zip(mapping.keys(), mapping.values())}
    return inverted
