from typing import Dict, List


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Where each letter appears for the last time.
        last: Dict[str, int] = {letter: i for i, letter in enumerate(s)}
        sizes: List[int] = []
        start = 0
        end = 0  # the current part must reach at least this far
        for i, letter in enumerate(s):
            end = max(end, last[letter])
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
