# WA on hidden "letters-present-but-apart" (s1 = "hello", s2 = "ooolleoooleh"): it compares the sets
# of letters, so the window "ooleh" looks like "hello" although it has one 'l' and two 'o's.
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        letters = set(s1)
        for start in range(len(s2) - n + 1):
            if set(s2[start:start + n]) == letters:
                return True
        return False
