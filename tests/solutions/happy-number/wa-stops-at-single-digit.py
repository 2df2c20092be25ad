# WA on hidden "seven-is-happy" (n = 7): stops as soon as the number has one digit and answers `n == 1`, but 7 is
# happy (7 -> 49 -> 97 -> 130 -> 10 -> 1); the samples 19 and 2 happen to come out right.
class Solution:
    def isHappy(self, n: int) -> bool:
        while n >= 10:
            total = 0
            while n:
                total += (n % 10) ** 2
                n //= 10
            n = total
        return n == 1
