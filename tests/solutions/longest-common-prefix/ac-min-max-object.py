# AC: the smallest and largest strings in sorted order differ first where the whole list does; Python 2 style class, no imports.
class Solution(object):
    def longestCommonPrefix(self, strs: List[str]) -> str:
        low, high = min(strs), max(strs)
        i = 0
        while i < len(low) and low[i] == high[i]:
            i += 1
        return low[:i]
