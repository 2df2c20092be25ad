# AC: puts every string in a trie of dicts, then walks down from the root while there is exactly one way on and no string ends.
from typing import *


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        root: Dict[str, Any] = {}
        for s in strs:
            node = root
            for ch in s:
                node = node.setdefault(ch, {})
            node["$"] = True  # a string ends here
        prefix: List[str] = []
        node = root
        while len(node) == 1 and "$" not in node:
            ch, child = next(iter(node.items()))
            prefix.append(ch)
            node = child
        return "".join(prefix)
