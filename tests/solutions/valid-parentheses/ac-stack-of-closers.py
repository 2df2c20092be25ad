# AC: pushes the closer each opener expects and compares directly; deque as the stack, star import.
from collections import deque
from typing import *


class Solution:
    def isValid(self, s: str) -> bool:
        closer_for = {"(": ")", "[": "]", "{": "}"}
        expected: Deque[str] = deque()
        for ch in s:
            if ch in closer_for:
                expected.append(closer_for[ch])
            elif not expected or expected.pop() != ch:
                return False
        return not expected
