# TLE on "stress-10000-no-match": sorts every window of s2 and compares it with sorted(s1):
# O(n1 log n1) per window, 5001 windows of 5000 letters (3.5 to 4 s of CPU).
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        target = sorted(s1)
        for start in range(len(s2) - n + 1):
            if sorted(s2[start:start + n]) == target:
                return True
        return False
