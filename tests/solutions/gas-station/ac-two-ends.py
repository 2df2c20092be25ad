# AC: grows the route from both ends: take more stations ahead while the tank allows, otherwise move the start one station back; star import from typing.
from typing import *


class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        n = len(gas)
        start = n - 1
        end = 0
        tank = gas[start] - cost[start]
        while end < start:
            if tank >= 0:
                tank += gas[end] - cost[end]
                end += 1
            else:
                start -= 1
                tank += gas[start] - cost[start]
        return start if tank >= 0 else -1
