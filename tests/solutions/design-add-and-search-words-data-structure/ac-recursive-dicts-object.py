# AC: nested dicts with "$" marking a word's end and a recursive search that tries every child at a dot; Python 2 style class, no imports.
class WordDictionary(object):
    def __init__(self) -> None:
        self.root: Dict[str, Any] = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        def match(node: Dict[str, Any], i: int) -> bool:
            if i == len(word):
                return "$" in node
            ch = word[i]
            if ch == ".":
                return any(match(child, i + 1) for key, child in node.items() if key != "$")
            return ch in node and match(node[ch], i + 1)

        return match(self.root, 0)
