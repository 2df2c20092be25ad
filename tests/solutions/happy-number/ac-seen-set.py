# AC: remembers every number seen in a set and stops on a repeat; `class Solution(object)` and no imports.
class Solution(object):
    def isHappy(self, n: int) -> bool:
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            n = sum(int(digit) ** 2 for digit in str(n))
        return n == 1
