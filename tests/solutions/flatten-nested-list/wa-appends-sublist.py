from typing import Any, List


def flatten(items: List[Any]) -> List[Any]:
    result: List[Any] = []
    for item in items:
        if isinstance(item, list):
            result.append(flatten(item))
        else:
            result.append(item)
    return result
