from typing import List


class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Keep the shorter string along the row, so only O(min(m, n)) numbers are stored.
        if len(text2) > len(text1):
            text1, text2 = text2, text1
        # previous[j] = LCS of the text1 prefix handled so far and text2[:j].
        previous: List[int] = [0] * (len(text2) + 1)
        for letter in text1:
            current = [0]
            for j, other in enumerate(text2):
                if letter == other:
                    current.append(previous[j] + 1)  # extend the LCS of both shorter prefixes
                else:
                    left, up = current[j], previous[j + 1]  # drop a letter from one side
                    current.append(left if left > up else up)
            previous = current
        return previous[-1]
