from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        # Merge sort: sort each half, then merge the two sorted halves. O(n log n) on every input,
        # duplicates and already sorted lists included; recursion depth is only about log2(n).
        if len(nums) <= 1:
            return nums
        middle = len(nums) // 2
        left = self.sortArray(nums[:middle])
        right = self.sortArray(nums[middle:])
        merged: List[int] = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged
