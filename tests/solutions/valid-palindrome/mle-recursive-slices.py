# MLE on "stress-200000-palindrome": checks the cleaned string recursively, one character off each end
# per call; every pending call keeps its slice alive, so 150000 letters pile up O(n^2) bytes of
# slices and pass 256 MiB long before the recursion limit is reached.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = "".join(char.lower() for char in s if char.isalnum())
        return self.check(cleaned)

    def check(self, text: str) -> bool:
        if len(text) < 2:
            return True
        return text[0] == text[-1] and self.check(text[1:-1])
