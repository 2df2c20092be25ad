# WA on hidden case "two-days-equal" ([50, 50]): the stack pops while the waiting day is <= today, so an equal day counts as warmer and the first 50 gets 1 instead of 0.
from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting: List[int] = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] <= temperature:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
