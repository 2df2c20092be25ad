# WA on hidden case "single-opener" ("("): returns True at the end without checking that the stack is empty, so unclosed openers pass.
from typing import List


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack: List[str] = []
        for ch in s:
            if ch in "([{":
                stack.append(ch)
            elif not stack or stack.pop() != pairs[ch]:
                return False
        return True
