# AC: a set of values seen so far (O(n) extra space, which LeetCode accepts); `class Solution(object)` and
# no imports (List is pre-imported).
class Solution(object):
    def findDuplicate(self, nums: List[int]) -> int:
        seen = set()
        for x in nums:
            if x in seen:
                return x
            seen.add(x)
        return -1
