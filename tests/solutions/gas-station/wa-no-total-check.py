# WA on sample "example-2" (gas [2,3,4], cost [3,4,3]): returns the start after the last dry spot without checking that the whole loop has enough gas, so it answers 2 instead of -1.
from typing import List


class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        start = 0
        tank = 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start = i + 1
                tank = 0
        return start
