from typing import Any, List


def flatten(items: List[Any], result: List[int] = []) -> List[int]:
    for item in items:
        if isinstance(item, list):
            flatten(item, result)
        else:
            result.append(item)
    return result
