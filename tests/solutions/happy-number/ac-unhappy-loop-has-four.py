# AC: uses the known fact that every unhappy number ends up in the loop through 4; `from typing import *` and a
# typed helper.
from typing import *


class Solution:
    def isHappy(self, n: int) -> bool:
        def squares(x: int) -> int:
            return sum(map(lambda d: int(d) ** 2, str(x)))

        while n not in (1, 4):
            n = squares(n)
        return n == 1
