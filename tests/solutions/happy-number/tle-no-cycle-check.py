# TLE on sample "example-2" (n = 2): keeps stepping until it reaches 1 with no cycle check, so an unhappy number
# goes round 4 -> 16 -> ... -> 4 forever.
class Solution:
    def isHappy(self, n: int) -> bool:
        while n != 1:
            n = sum(int(d) ** 2 for d in str(n))
        return True
