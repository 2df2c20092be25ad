# AC: Python 2 style class and no imports at all: a set drops repeats, so a shorter set means a duplicate.
class Solution(object):
    def containsDuplicate(self, nums: List[int]) -> bool:
        return len(set(nums)) != len(nums)
