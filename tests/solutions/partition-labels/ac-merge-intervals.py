# AC: each letter spans [first, last]; merge overlapping spans as in "merge intervals" (the spans come in order of their first appearance). `class Solution(object)`, no imports.
class Solution(object):
    def partitionLabels(self, s: str) -> List[int]:
        spans: dict[str, list[int]] = {}
        for i, letter in enumerate(s):
            if letter in spans:
                spans[letter][1] = i
            else:
                spans[letter] = [i, i]
        merged: list[list[int]] = []
        for first, last in spans.values():
            if merged and first <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        return [last - first + 1 for first, last in merged]
