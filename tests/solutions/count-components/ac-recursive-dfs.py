# AC: a recursive depth-first search from every unseen node.
from typing import List


def visit(adj: List[List[int]], seen: List[bool], node: int) -> None:
    seen[node] = True
    for nxt in adj[node]:
        if not seen[nxt]:
            visit(adj, seen, nxt)


def count_components(adj: List[List[int]]) -> int:
    seen = [False] * len(adj)
    count = 0
    for start in range(len(adj)):
        if not seen[start]:
            count += 1
            visit(adj, seen, start)
    return count
