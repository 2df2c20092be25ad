from typing import List


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Slide a window of len(s1) over s2, keeping letter counts and how many of the
        # 26 letters have matching counts; all 26 matching means the window is a permutation.
        n = len(s1)
        if n > len(s2):
            return False
        want: List[int] = [0] * 26
        have: List[int] = [0] * 26
        base = ord("a")
        for char in s1:
            want[ord(char) - base] += 1
        for char in s2[:n]:
            have[ord(char) - base] += 1
        matches = sum(1 for i in range(26) if want[i] == have[i])
        for end in range(n, len(s2)):
            if matches == 26:
                return True
            added = ord(s2[end]) - base
            have[added] += 1
            if have[added] == want[added]:
                matches += 1
            elif have[added] == want[added] + 1:
                matches -= 1
            removed = ord(s2[end - n]) - base
            have[removed] -= 1
            if have[removed] == want[removed]:
                matches += 1
            elif have[removed] == want[removed] - 1:
                matches -= 1
        return matches == 26
