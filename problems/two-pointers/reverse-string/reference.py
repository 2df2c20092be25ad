from typing import List


class Solution:
    def reverseString(self, s: List[str]) -> None:
        # Two pointers walk towards each other, swapping as they go.
        left, right = 0, len(s) - 1
        while left < right:
            s[left], s[right] = s[right], s[left]
            left += 1
            right -= 1
