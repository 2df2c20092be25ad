from typing import Any, List


def flatten(items: List[Any]) -> List[int]:
    result: List[int] = []
    stack: List[Any] = [items]
    positions: List[int] = [0]
    while stack:
        top = stack[-1]
        if positions[-1] == len(top):
            stack.pop()
            positions.pop()
            continue
        item = top[positions[-1]]
        positions[-1] += 1
        if isinstance(item, list):
            stack.append(item)
            positions.append(0)
        else:
            result.append(item)
    return result
