# AC: no imports; the stack starts with the sentinel index -1 (never popped), and the bars left at the end are measured against the full width.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = [-1]
        best = 0
        for i in range(len(heights)):
            while stack[-1] != -1 and heights[stack[-1]] >= heights[i]:
                height = heights[stack.pop()]
                best = max(best, height * (i - stack[-1] - 1))
            stack.append(i)
        n = len(heights)
        while stack[-1] != -1:
            height = heights[stack.pop()]
            best = max(best, height * (n - stack[-1] - 1))
        return best
