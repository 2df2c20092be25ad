# WA on sample "example-1": merges from the front straight into nums1, so taking 2 from nums2 overwrites the
# unread 3 of nums1, and [1, 2, 2, 2, 5, 6] comes back.
from typing import List


class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        i = j = write = 0
        while i < m and j < n:
            if nums1[i] <= nums2[j]:
                nums1[write] = nums1[i]
                i += 1
            else:
                nums1[write] = nums2[j]
                j += 1
            write += 1
        while j < n:
            nums1[write] = nums2[j]
            j += 1
            write += 1
