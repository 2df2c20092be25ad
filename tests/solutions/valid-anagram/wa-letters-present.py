# WA on hidden case "same-letters-different-counts" ("aabb" vs "abbb"): checks the lengths match and every letter of s occurs in t, but not how often.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        return all(c in t for c in s)
