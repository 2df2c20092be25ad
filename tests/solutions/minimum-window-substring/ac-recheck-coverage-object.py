# AC: a sliding window that re-checks "does the window cover t?" over t's distinct letters at each
# step: O(m * 52), about 0.6 s at the maximum, which passes, as on LeetCode. `class Solution(object)`,
# no imports (Counter is pre-imported).
class Solution(object):
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have: Counter[str] = Counter()
        best = ""
        left = 0
        for right, char in enumerate(s):
            have[char] += 1
            while all(have[letter] >= count for letter, count in need.items()):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
