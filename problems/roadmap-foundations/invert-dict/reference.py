from typing import Dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    return {value: key for key, value in mapping.items()}
