# WA on hidden case "interleaved" ("([)]"): only keeps a running count per bracket kind, which cannot see that ")" closes "(" while "[" is still open.
class Solution:
    def isValid(self, s: str) -> bool:
        open_count = {"(": 0, "[": 0, "{": 0}
        opener_of = {")": "(", "]": "[", "}": "{"}
        for ch in s:
            if ch in open_count:
                open_count[ch] += 1
            else:
                open_count[opener_of[ch]] -= 1
                if open_count[opener_of[ch]] < 0:
                    return False
        return all(count == 0 for count in open_count.values())
