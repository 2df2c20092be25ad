from typing import Any, List


def collect(items: List[Any], out: List[int]) -> None:
    for item in items:
        if isinstance(item, list):
            collect(item, out)
        else:
            out.append(item)


def flatten(items: List[Any]) -> List[int]:
    out: List[int] = []
    collect(items, out)
    return out
