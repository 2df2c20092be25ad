# Wrong: only counts brackets, so "(]" looks balanced.
class Solution:
    def isValid(self, s: str) -> bool:
        return len(s) % 2 == 0
