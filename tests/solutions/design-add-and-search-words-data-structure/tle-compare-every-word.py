# TLE on the stress cases: every search compares the pattern with every stored word, O(number of words * L) per search (2.5 * 10^7 word comparisons over 5000 searches).
from typing import List


class WordDictionary:
    def __init__(self) -> None:
        self.words: List[str] = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for stored in self.words:
            if len(stored) != len(word):
                continue
            if all(p == "." or p == c for p, c in zip(word, stored)):
                return True
        return False
