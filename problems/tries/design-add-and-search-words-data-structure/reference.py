from typing import Dict, List


class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class WordDictionary:
    """A trie; a search keeps the set of nodes the pattern so far can have reached."""

    def __init__(self) -> None:
        self.root = _Node()

    def addWord(self, word: str) -> None:
        node = self.root
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            node = child
        node.is_word = True

    def search(self, word: str) -> bool:
        frontier: List[_Node] = [self.root]
        for letter in word:
            if letter == ".":
                frontier = [child for node in frontier for child in node.children.values()]
            else:
                frontier = [node.children[letter] for node in frontier if letter in node.children]
            if not frontier:
                return False
        return any(node.is_word for node in frontier)
