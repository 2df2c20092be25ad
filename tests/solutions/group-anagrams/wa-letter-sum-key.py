# WA on hidden case "same-letter-sum": keys the groups by the sum of the character codes, a hash that collides: "ad" and "bc" both sum to 197.
from typing import Dict, List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups: Dict[int, List[str]] = {}
        for word in strs:
            groups.setdefault(sum(ord(c) for c in word), []).append(word)
        return list(groups.values())
