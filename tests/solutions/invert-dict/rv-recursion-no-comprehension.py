from typing import Dict, List, Tuple


def _build(items: List[Tuple[str, int]], acc: Dict[int, str]) -> Dict[int, str]:
    if not items:
        return acc
    key, value = items[0]
    acc[value] = key
    return _build(items[1:], acc)


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    return _build(list(mapping.items()), {})
