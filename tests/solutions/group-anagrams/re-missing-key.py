# RE on sample "example-1": appends to groups[key] on a plain dict before the key exists, a KeyError on the very first word.
from typing import Dict, List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups: Dict[str, List[str]] = {}
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())
