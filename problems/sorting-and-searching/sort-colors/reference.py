from typing import List


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        # Dutch national flag: nums[:low] are 0s, nums[low:mid] are 1s, nums[high + 1:] are 2s,
        # and nums[mid:high + 1] is still unexamined.
        low, mid, high = 0, 0, len(nums) - 1
        while mid <= high:
            if nums[mid] == 0:
                nums[low], nums[mid] = nums[mid], nums[low]
                low += 1
                mid += 1
            elif nums[mid] == 1:
                mid += 1
            else:
                # The value swapped in from high is unexamined, so mid stays where it is.
                nums[mid], nums[high] = nums[high], nums[mid]
                high -= 1
