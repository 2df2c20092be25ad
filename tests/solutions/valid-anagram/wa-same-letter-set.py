# WA on hidden case "different-lengths" ("ab" vs "abb"): compares the sets of letters, which forgets how many times each letter occurs.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)
