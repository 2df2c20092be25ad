# WA on sample "example-1": the answer records the warmer temperature itself instead of how many days later it comes (74 for day 0 instead of 1).
from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting: List[int] = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < temperature:
                answer[waiting.pop()] = temperature
            waiting.append(day)
        return answer
