from typing import List


class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack: List[str] = []
        for ch in s:
            if ch in opener_of:
                if not stack or stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
