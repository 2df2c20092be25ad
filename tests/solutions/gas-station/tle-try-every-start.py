# TLE on "stress-long-climb-then-drop": simulates the drive from every station (stopping as soon as the tank goes negative); on the 10^5-station climb each start runs until the drop near the end, about 5*10^9 steps.
from typing import List


class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        n = len(gas)
        for start in range(n):
            tank = 0
            ok = True
            for k in range(n):
                i = (start + k) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    ok = False
                    break
            if ok:
                return start
        return -1
