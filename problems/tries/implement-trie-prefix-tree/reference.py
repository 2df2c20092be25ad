from typing import Dict, Optional


class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    """Each node maps a letter to the node one letter further; a flag marks where a word ends."""

    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            node = child
        node.is_word = True

    def _walk(self, text: str) -> Optional[_Node]:
        # The node reached by following text letter by letter, or None if the path breaks off.
        node: Optional[_Node] = self.root
        for letter in text:
            assert node is not None
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_word

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
