# RE on sample "example-1": the scan for a warmer day runs while j <= n, so for a day with nothing warmer after it (the 76 on day 6) it reads temperatures[n] and raises IndexError.
from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n - 1):
            if temperatures[i + 1] > temperatures[i]:
                answer[i] = 1
                continue
            j = i + 2
            while j <= n and temperatures[j] <= temperatures[i]:
                j += 1
            if j < n:
                answer[i] = j - i
        return answer
