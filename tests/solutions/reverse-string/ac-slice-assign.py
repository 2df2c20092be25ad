# AC: slice assignment replaces the contents of the same list object (O(n) extra space, LeetCode accepts it);
# `class Solution(object)` and no imports (List is pre-imported).
class Solution(object):
    def reverseString(self, s: List[str]) -> None:
        s[:] = s[::-1]
