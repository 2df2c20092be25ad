# AC: deletes everything but letters and digits with a regular expression; `re` is pre-imported on
# LeetCode (and by the judge), so there is no import line.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = re.sub(r"[^a-z0-9]", "", s.lower())
        return cleaned == cleaned[::-1]
