# AC: removes the first zero and appends a zero, once per zero. O(n^2) in the worst case, but the
# shifting happens inside C list methods (0.01 to 0.1 s at n = 10^4), so it passes, as on LeetCode.
# `class Solution(object)` and no imports (List is pre-imported).
class Solution(object):
    def moveZeroes(self, nums: List[int]) -> None:
        for _ in range(nums.count(0)):
            nums.remove(0)
            nums.append(0)
