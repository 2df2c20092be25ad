# WA on hidden case "dot-needs-backtracking" (words "ax", "by"; search ".y"): at a dot it follows only the first child and never comes back to try the others.
from typing import Dict, Optional


class TrieNode:
    def __init__(self) -> None:
        self.children: Dict[str, "TrieNode"] = {}
        self.end = False


class WordDictionary:
    def __init__(self) -> None:
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        node.end = True

    def search(self, word: str) -> bool:
        node: Optional[TrieNode] = self.root
        for ch in word:
            assert node is not None
            if ch == ".":
                node = next(iter(node.children.values()), None)
            else:
                node = node.children.get(ch)
            if node is None:
                return False
        return node is not None and node.end
