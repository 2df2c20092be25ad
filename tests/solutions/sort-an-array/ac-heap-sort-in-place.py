# AC: heap sort in place, O(n log n) time and O(1) extra space; the sift-down is a nested, typed function.
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def sift_down(root: int, size: int) -> None:
            while True:
                child = 2 * root + 1
                if child >= size:
                    return
                if child + 1 < size and nums[child + 1] > nums[child]:
                    child += 1
                if nums[child] <= nums[root]:
                    return
                nums[root], nums[child] = nums[child], nums[root]
                root = child

        n = len(nums)
        for root in range(n // 2 - 1, -1, -1):
            sift_down(root, n)
        for end in range(n - 1, 0, -1):
            nums[0], nums[end] = nums[end], nums[0]
            sift_down(0, end)
        return nums
