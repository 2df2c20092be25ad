# AC: two passes, count each colour and then overwrite the list; `class Solution(object)`, no imports.
class Solution(object):
    def sortColors(self, nums: List[int]) -> None:
        counts = [0, 0, 0]
        for colour in nums:
            counts[colour] += 1
        i = 0
        for colour in range(3):
            for _ in range(counts[colour]):
                nums[i] = colour
                i += 1
