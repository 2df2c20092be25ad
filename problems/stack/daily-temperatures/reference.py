from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # A stack of indices still waiting for a warmer day; their temperatures never increase
        # from bottom to top. A warmer day answers every cooler day on top of the stack.
        answer = [0] * len(temperatures)
        waiting: List[int] = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < temperature:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
