# AC without a trie: a sorted list of distinct words; bisect finds where a word or prefix would go, and the word there answers both questions in O(log n + L).
from typing import *


class Trie:
    def __init__(self) -> None:
        self.words: List[str] = []

    def insert(self, word: str) -> None:
        i = bisect_left(self.words, word)
        if i == len(self.words) or self.words[i] != word:
            self.words.insert(i, word)

    def search(self, word: str) -> bool:
        i = bisect_left(self.words, word)
        return i < len(self.words) and self.words[i] == word

    def startsWith(self, prefix: str) -> bool:
        i = bisect_left(self.words, prefix)
        return i < len(self.words) and self.words[i].startswith(prefix)
