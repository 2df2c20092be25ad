# AC: sort descending and index, O(n log n), which LeetCode accepts; `class Solution(object)` and no imports.
class Solution(object):
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums, reverse=True)[k - 1]
