# Flatten a nested list (flatten-nested-list)
# Judge it with: judge submit flatten-nested-list.py
from typing import Any, List


def flatten(items: List[Any]) -> List[int]:
    raise NotImplementedError("your solution here")
