# WA on sample "example-1": it forgets to ignore case, so the "A" at the front and the "a" at the
# back of "A man, a plan, a canal: Panama" differ.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = [char for char in s if char.isalnum()]
        return cleaned == cleaned[::-1]
