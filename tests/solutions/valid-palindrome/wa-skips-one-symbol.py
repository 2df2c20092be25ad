# WA on sample "example-1": each pointer skips at most one non-alphanumeric character per step, so
# after ", " (two in a row) it compares a space with a letter.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        left, right = 0, len(s) - 1
        while left < right:
            if not s[left].isalnum():
                left += 1
            if not s[right].isalnum():
                right -= 1
            if s[left].lower() != s[right].lower():
                return False
            left += 1
            right -= 1
        return True
