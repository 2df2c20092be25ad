from typing import List


class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # The distance is symmetric, so keep the shorter word along the row.
        if len(word2) > len(word1):
            word1, word2 = word2, word1
        # previous[j] = edits turning the word1 prefix handled so far into word2[:j].
        previous: List[int] = list(range(len(word2) + 1))  # from the empty prefix: j inserts
        for i, letter in enumerate(word1, start=1):
            current = [i]  # to the empty word2 prefix: i deletes
            for j, other in enumerate(word2):
                if letter == other:
                    current.append(previous[j])  # last letters match: no edit needed
                else:
                    # replace (diagonal), delete from word1 (up), insert into word1 (left)
                    current.append(1 + min(previous[j], previous[j + 1], current[j]))
            previous = current
        return previous[-1]
