# AC: finds last appearances with s.rindex as it goes and returns a tuple where LeetCode declares List[int]; star import from typing.
from typing import *


class Solution:
    def partitionLabels(self, s: str) -> Tuple[int, ...]:
        sizes: List[int] = []
        start = end = 0
        for i, letter in enumerate(s):
            end = max(end, s.rindex(letter))
            if i == end:
                sizes.append(end - start + 1)
                start = end + 1
        return tuple(sizes)
