# AC although O(n), no imports: at n <= 5000 a scan is too fast to tell from O(log n) (see problem.json notes); LeetCode accepts it too.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        for i, value in enumerate(nums):
            if value == target:
                return i
        return -1
