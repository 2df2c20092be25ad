# AC: an explicit prefix-sum list (O(n) space) and right = prefix[n] - prefix[i + 1]. Python 2 style class, no imports.
class Solution(object):
    def pivotIndex(self, nums: List[int]) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        for i in range(len(nums)):
            if prefix[i] == prefix[-1] - prefix[i + 1]:
                return i
        return -1
