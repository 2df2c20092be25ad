# TLE on "stress-hot-plateau": for each day scans forward to the next warmer one, O(n^2); every 100 among 10^5 days scans to the end.
from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
