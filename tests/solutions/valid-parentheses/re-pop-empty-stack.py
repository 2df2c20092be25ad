# RE on hidden case "starts-with-closer" ("]"): pops without checking that the stack is empty, so a leading closer raises IndexError.
from typing import List


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack: List[str] = []
        for ch in s:
            if ch in pairs:
                if stack.pop() != pairs[ch]:
                    return False
            else:
                stack.append(ch)
        return len(stack) == 0
