# AC: O(n * k): the key is the tuple of 26 letter counts instead of the sorted word; defaultdict and star import.
from collections import defaultdict
from typing import *


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups: DefaultDict[Tuple[int, ...], List[str]] = defaultdict(list)
        for word in strs:
            counts = [0] * 26
            for c in word:
                counts[ord(c) - ord("a")] += 1
            groups[tuple(counts)].append(word)
        return list(groups.values())
