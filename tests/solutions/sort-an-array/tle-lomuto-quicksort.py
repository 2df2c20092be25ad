# TLE on "stress-few-distinct-values": in-place quicksort with Lomuto's partition (last element as pivot,
# values <= pivot to the left). Values equal to the pivot all land on one side, so with only five distinct
# values each partition peels off little more than the pivot: O(n^2). Random input is fine (it passes "stress-random").
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def quicksort(low: int, high: int) -> None:
            while low < high:
                pivot = nums[high]
                store = low
                for i in range(low, high):
                    if nums[i] <= pivot:
                        nums[i], nums[store] = nums[store], nums[i]
                        store += 1
                nums[store], nums[high] = nums[high], nums[store]
                # Recurse into the smaller side, loop on the larger one.
                if store - low < high - store:
                    quicksort(low, store - 1)
                    low = store + 1
                else:
                    quicksort(store + 1, high)
                    high = store - 1

        quicksort(0, len(nums) - 1)
        return nums
