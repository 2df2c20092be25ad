# RE on hidden "empty-string": it collects the length of the window at every step and returns
# max(lengths), which raises ValueError when s is empty and there are no steps.
from typing import Dict, List


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen: Dict[str, int] = {}
        lengths: List[int] = []
        start = 0
        for end, char in enumerate(s):
            if last_seen.get(char, -1) >= start:
                start = last_seen[char] + 1
            last_seen[char] = end
            lengths.append(end - start + 1)
        return max(lengths)
