# AC: no imports (List is pre-imported, as on LeetCode); fixes one position at a time by swapping each
# remaining number into it, recursing, and swapping back.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = []

        def place(start: int) -> None:
            if start == len(nums):
                result.append(nums[:])
                return
            for i in range(start, len(nums)):
                nums[start], nums[i] = nums[i], nums[start]
                place(start + 1)
                nums[start], nums[i] = nums[i], nums[start]

        place(0)
        return result
