from typing import Dict, List, Tuple


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    pairs: List[Tuple[int, str]] = [(value, key) for key, value in mapping.items()]
    result: Dict[int, str] = {}
    for value, key in pairs:
        result[value] = key
    return result
