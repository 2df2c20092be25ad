# Correct, but without type hints.
class Solution:
    def reverseString(self, s):
        s.reverse()
