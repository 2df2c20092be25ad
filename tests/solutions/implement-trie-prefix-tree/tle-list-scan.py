# TLE on the stress cases: the words live in a plain list and every search / startsWith scans all of them, O(number of words * L) per call (about 2 * 10^8 comparisons over 15000 queries).
from typing import List


class Trie:
    def __init__(self) -> None:
        self.words: List[str] = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if w == word:
                return True
        return False

    def startsWith(self, prefix: str) -> bool:
        for w in self.words:
            if w.startswith(prefix):
                return True
        return False
