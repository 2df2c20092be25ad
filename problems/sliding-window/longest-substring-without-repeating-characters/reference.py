from typing import Dict


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # The window s[start:end + 1] never holds a repeat: on a repeat, start jumps past
        # the earlier copy of the character.
        last_seen: Dict[str, int] = {}
        start = 0
        best = 0
        for end, char in enumerate(s):
            previous = last_seen.get(char, -1)
            if previous >= start:
                start = previous + 1
            last_seen[char] = end
            if end - start + 1 > best:
                best = end - start + 1
        return best
