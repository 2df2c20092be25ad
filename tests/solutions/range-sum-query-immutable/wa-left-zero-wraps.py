# WA on sample "example-1": with an inclusive prefix list, left = 0 reads prefix[-1], which Python quietly wraps to the total (-3), so sumRange(0, 2) gives 1 - (-3) = 4.
from typing import List


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        self.prefix: List[int] = []
        running = 0
        for x in nums:
            running += x
            self.prefix.append(running)

    def sumRange(self, left: int, right: int) -> int:
        return self.prefix[right] - self.prefix[left - 1]
