from typing import Dict, List, Tuple


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    pairs: List[Tuple[int, str]] = [(value, key) for key, value in mapping.items()]
    result: Dict[int, str] = {}
    i = 0
    while i < len(pairs):
        result[pairs[i][0]] = pairs[i][1]
        i += 1
    return result
