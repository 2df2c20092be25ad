# AC: keeps a Counter of the current window, adding the letter that enters and removing the one that
# leaves (deleting zero counts so == works), and compares it with Counter(s1): O(26 * n2).
# `class Solution(object)`, no imports (Counter is pre-imported).
class Solution(object):
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        if n > len(s2):
            return False
        want = Counter(s1)
        window = Counter(s2[:n])
        if window == want:
            return True
        for end in range(n, len(s2)):
            window[s2[end]] += 1
            leaving = s2[end - n]
            window[leaving] -= 1
            if window[leaving] == 0:
                del window[leaving]
            if window == want:
                return True
        return False
