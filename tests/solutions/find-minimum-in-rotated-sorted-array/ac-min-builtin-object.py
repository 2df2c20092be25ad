# AC although O(n): Python 2 style class, no imports; min() over 5000 numbers is too fast to tell from O(log n) (see problem.json notes).
class Solution(object):
    def findMin(self, nums: List[int]) -> int:
        return min(nums)
