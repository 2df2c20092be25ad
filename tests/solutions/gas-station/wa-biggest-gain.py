# WA on hidden "biggest-gain-is-not-the-start" (gas [5,1,4,6,0], cost [2,5,2,4,3]): starts where gas[i] - cost[i] is largest (station 0, +3), but the car runs dry right after station 1; the only working start is 2.
from typing import List


class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        gains = [g - c for g, c in zip(gas, cost)]
        return gains.index(max(gains))
