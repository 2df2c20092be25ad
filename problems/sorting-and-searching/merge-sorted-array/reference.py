from typing import List


class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        # Fill nums1 from the back with the larger of the two current tails: the free slots at the
        # end are used first, so nothing that is still needed gets overwritten.
        i, j, write = m - 1, n - 1, m + n - 1
        while j >= 0:
            if i >= 0 and nums1[i] > nums2[j]:
                nums1[write] = nums1[i]
                i -= 1
            else:
                nums1[write] = nums2[j]
                j -= 1
            write -= 1
        # Whatever is left of nums1 (i >= 0) is already in place.
