# Invert a dictionary with a dict comprehension (invert-dict)
# Judge it with: judge submit invert-dict.py
from typing import Dict


def invert_dict(mapping: Dict[str, int]) -> Dict[int, str]:
    raise NotImplementedError("your solution here")
