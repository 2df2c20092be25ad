# AC: keeps the letters and digits, lower-cased, and compares the result with its reverse
# (O(n) extra space). `class Solution(object)`, no imports.
class Solution(object):
    def isPalindrome(self, s: str) -> bool:
        cleaned = "".join(char.lower() for char in s if char.isalnum())
        return cleaned == cleaned[::-1]
