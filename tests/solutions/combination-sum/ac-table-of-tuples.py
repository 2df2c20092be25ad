# AC: class Solution(object); bottom-up like the coin-change table: ways[s] lists the combinations summing
# to s, built candidate by candidate so each comes out in one order. Returns a list of tuples.
from typing import List, Tuple


class Solution(object):
    def combinationSum(self, candidates: List[int], target: int) -> List[Tuple[int, ...]]:
        ways: List[List[Tuple[int, ...]]] = [[] for _ in range(target + 1)]
        ways[0].append(())
        for value in candidates:
            for total in range(value, target + 1):
                for combo in ways[total - value]:
                    ways[total].append(combo + (value,))
        return ways[target]
