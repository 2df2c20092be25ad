from typing import Dict

make = dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    return make((value, key) for key, value in mapping.items())
