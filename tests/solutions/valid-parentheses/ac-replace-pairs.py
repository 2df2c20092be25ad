# AC: O(n^2) in the worst case, deleting adjacent pairs until none are left; str.replace runs in C, fast enough at n = 10^4 (see problem.json notes).
class Solution(object):
    def isValid(self, s: str) -> bool:
        while "()" in s or "[]" in s or "{}" in s:
            s = s.replace("()", "").replace("[]", "").replace("{}", "")
        return s == ""
