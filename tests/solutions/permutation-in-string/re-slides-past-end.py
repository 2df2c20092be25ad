# RE on sample "example-2": after checking each window it adds the next letter s2[start + n], which
# does not exist after the last window (IndexError); it only survives when a match is found first.
from typing import List


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        if n > len(s2):
            return False
        want: List[int] = [0] * 26
        have: List[int] = [0] * 26
        for char in s1:
            want[ord(char) - 97] += 1
        for char in s2[:n]:
            have[ord(char) - 97] += 1
        for start in range(len(s2) - n + 1):
            if have == want:
                return True
            have[ord(s2[start]) - 97] -= 1
            have[ord(s2[start + n]) - 97] += 1
        return False
