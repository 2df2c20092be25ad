# AC: Python 2 style class, no imports, the sorted letters as a tuple key, and a tuple of groups returned where LeetCode declares a list.
class Solution(object):
    def groupAnagrams(self, strs: List[str]) -> Tuple[List[str], ...]:
        groups: Dict[Tuple[str, ...], List[str]] = {}
        for word in strs:
            groups.setdefault(tuple(sorted(word)), []).append(word)
        return tuple(groups.values())
