# WA on hidden case "same-letters-different-counts": keys the groups by the set of letters, so "aab", "abb", "ab" and "aabb" all land in one group.
from typing import Dict, FrozenSet, List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups: Dict[FrozenSet[str], List[str]] = {}
        for word in strs:
            groups.setdefault(frozenset(word), []).append(word)
        return list(groups.values())
