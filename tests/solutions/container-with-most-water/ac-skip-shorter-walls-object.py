# AC: two pointers that, after measuring, skip every inner wall no taller than the wall they
# leave (such walls can only make smaller containers). `class Solution(object)`, no imports.
class Solution(object):
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            low = min(height[i], height[j])
            best = max(best, low * (j - i))
            while i < j and height[i] <= low:
                i += 1
            while i < j and height[j] <= low:
                j -= 1
        return best
