# WA: n minus the number of edges is only right for forests; a cycle (or a self-loop) breaks it.
from typing import List


def count_components(adj: List[List[int]]) -> int:
    entries = 0
    for neighbours in adj:
        entries += len(neighbours)
    return len(adj) - entries // 2
