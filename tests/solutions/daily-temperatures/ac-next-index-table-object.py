# AC: Python 2 style class, `from typing import *`; walks backwards keeping the next index of each temperature 30..100 (O(71 n), LeetCode's own alternative to the stack) and returns a tuple.
from typing import *


class Solution(object):
    def dailyTemperatures(self, temperatures: List[int]) -> Tuple[int, ...]:
        n = len(temperatures)
        never = n + 1
        next_index = [never] * 102
        answer = [0] * n
        for i in range(n - 1, -1, -1):
            t = temperatures[i]
            soonest = min(next_index[t + 1:])
            if soonest != never:
                answer[i] = soonest - i
            next_index[t] = i
        return tuple(answer)
