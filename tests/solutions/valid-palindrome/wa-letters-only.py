# WA on hidden "digit-and-letter" ("0P"): it keeps only letters (isalpha), but digits count too,
# so "0P" shrinks to "p" and looks like a palindrome.
from typing import List


class Solution:
    def isPalindrome(self, s: str) -> bool:
        letters: List[str] = [char.lower() for char in s if char.isalpha()]
        return letters == letters[::-1]
