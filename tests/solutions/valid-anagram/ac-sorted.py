# AC: O(n log n): anagrams sort to the same string. Python 2 style class, no imports.
class Solution(object):
    def isAnagram(self, s: str, t: str) -> bool:
        return sorted(s) == sorted(t)
