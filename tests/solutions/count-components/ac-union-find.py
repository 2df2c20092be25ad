# AC: union-find; every successful union merges two components into one.
from typing import List


def find(parent: List[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def count_components(adj: List[List[int]]) -> int:
    parent = list(range(len(adj)))
    count = len(adj)
    for a in range(len(adj)):
        for b in adj[a]:
            ra, rb = find(parent, a), find(parent, b)
            if ra != rb:
                parent[ra] = rb
                count -= 1
    return count
