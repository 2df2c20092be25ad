# RE on sample "example-1": simulates each start with indexes start .. start + n - 1 but forgets the % n, so the drive from station 3 reaches gas[5] and raises IndexError.
from typing import List


class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        n = len(gas)
        for start in range(n):
            tank = 0
            for i in range(start, start + n):
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return start
        return -1
