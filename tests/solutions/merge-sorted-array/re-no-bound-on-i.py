# RE on hidden "nums1-empty" (m = 0): never checks i >= 0, so once nums1's real part is used up, nums1[i]
# with a negative i silently reads from the back, and it keeps going until nums1[-4] raises IndexError.
from typing import List


class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        i, j, write = m - 1, n - 1, m + n - 1
        while j >= 0:
            if nums1[i] > nums2[j]:
                nums1[write] = nums1[i]
                i -= 1
            else:
                nums1[write] = nums2[j]
                j -= 1
            write -= 1
