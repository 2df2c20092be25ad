# AC: one trie per word length (so a pattern only walks words of its own length) and an explicit stack of (node, index) for the search.
from typing import *


class TrieNode:
    def __init__(self) -> None:
        self.children: DefaultDict[str, "TrieNode"] = defaultdict(TrieNode)


class WordDictionary:
    def __init__(self) -> None:
        self.roots: Dict[int, TrieNode] = {}

    def addWord(self, word: str) -> None:
        node = self.roots.setdefault(len(word), TrieNode())
        for ch in word:
            node = node.children[ch]

    def search(self, word: str) -> bool:
        root = self.roots.get(len(word))
        if root is None:
            return False
        stack: List[Tuple[TrieNode, int]] = [(root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(word):
                return True  # every path of this trie has exactly len(word) letters
            ch = word[i]
            if ch == ".":
                stack.extend((child, i + 1) for child in node.children.values())
            elif ch in node.children:
                stack.append((node.children[ch], i + 1))
        return False
