from typing import List


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # ways[j] = paths to column j of the current row: from above (the old ways[j]) or from the left.
        ways: List[int] = [1] * n  # the top row: only straight right
        for _ in range(1, m):
            for j in range(1, n):
                ways[j] += ways[j - 1]
        return ways[-1]
