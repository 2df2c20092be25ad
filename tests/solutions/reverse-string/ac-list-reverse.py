# AC: the built-in list.reverse(), which works in place; `from typing import *` as many learners write.
from typing import *


class Solution:
    def reverseString(self, s: List[str]) -> None:
        s.reverse()
