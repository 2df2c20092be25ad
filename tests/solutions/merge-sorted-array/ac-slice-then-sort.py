# AC: put nums2 into the placeholder slots and sort nums1 in place, O((m + n) log(m + n));
# `class Solution(object)`, no imports.
class Solution(object):
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        nums1[m:] = nums2
        nums1.sort()
