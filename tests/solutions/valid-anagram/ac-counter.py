# AC: collections.Counter builds both letter counts; Counters compare as dicts.
from collections import Counter
from typing import *


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return Counter(s) == Counter(t)
