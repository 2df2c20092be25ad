# AC: with enough gas overall, the start is the station right after the lowest point of the running tank (started at 0); `class Solution(object)`, no imports.
class Solution(object):
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        running = 0
        lowest = 0
        lowest_at = 0
        for i in range(len(gas)):
            running += gas[i] - cost[i]
            if running < lowest:
                lowest = running
                lowest_at = i + 1
        if running < 0:
            return -1
        return lowest_at % len(gas)
