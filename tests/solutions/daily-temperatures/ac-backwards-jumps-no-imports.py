# AC: no imports; walks backwards and, from each day, jumps along already computed answers (j += answer[j]) instead of stepping one day at a time: amortised O(n).
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n - 2, -1, -1):
            j = i + 1
            while temperatures[j] <= temperatures[i]:
                if answer[j] == 0:
                    j = i  # nothing warmer after j, so nothing warmer after i either
                    break
                j += answer[j]
            answer[i] = j - i
        return answer
