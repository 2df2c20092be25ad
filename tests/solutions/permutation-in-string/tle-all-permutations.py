# TLE on hidden "long-s1-not-found": tries every ordering of s1 and looks for it in s2; s1 has 12
# different letters, so that is 12! = 479001600 candidates (O(n1! * n2)).
from itertools import permutations


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        for order in permutations(s1):
            if "".join(order) in s2:
                return True
        return False
