from typing import Any, List


def flatten(items: List[Any]) -> List[int]:
    result: List[int] = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result
