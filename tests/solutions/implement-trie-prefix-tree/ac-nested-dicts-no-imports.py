# AC: nested dicts with "$" marking the end of a word; no imports (Dict and Any are pre-imported, as on LeetCode), Python 2 style class.
class Trie(object):
    def __init__(self) -> None:
        self.root: Dict[str, Any] = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def _find(self, text: str) -> Optional[Dict[str, Any]]:
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and "$" in node

    def startsWith(self, prefix: str) -> bool:
        return self._find(prefix) is not None
