# AC: deletes each repeat with `del nums[i]` and returns the new length. O(n^2) in the worst case,
# but the shifting runs in C (about 0.1 s at n = 3 * 10^4), so it passes, as on LeetCode.
# `class Solution(object)`, no imports (List is pre-imported).
class Solution(object):
    def removeDuplicates(self, nums: List[int]) -> int:
        i = 1
        while i < len(nums):
            if nums[i] == nums[i - 1]:
                del nums[i]
            else:
                i += 1
        return len(nums)
