# WA on hidden case "lookups-do-not-insert": search walks with setdefault, which creates the missing nodes, so after search("hello") startsWith("he") is true.
from typing import Dict


class TrieNode:
    def __init__(self) -> None:
        self.children: Dict[str, "TrieNode"] = {}
        self.end = False


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()

    def _walk(self, text: str) -> TrieNode:
        node = self.root
        for ch in text:
            node = node.children.setdefault(ch, TrieNode())
        return node

    def insert(self, word: str) -> None:
        self._walk(word).end = True

    def search(self, word: str) -> bool:
        return self._walk(word).end

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return False
            node = node.children[ch]
        return True
