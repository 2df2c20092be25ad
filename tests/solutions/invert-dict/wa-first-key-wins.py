from typing import Dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    # looks up the FIRST key having each value, so the last one does not win
    return {value: next(key for key in mapping if mapping[key] == value)
            for value in mapping.values()}
