# AC: O(n log n): sort, then scan, skipping repeats and resetting the run at a gap. Python 2 style class, no imports.
class Solution(object):
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        ordered = sorted(nums)
        best = current = 1
        for i in range(1, len(ordered)):
            if ordered[i] == ordered[i - 1]:
                continue
            if ordered[i] == ordered[i - 1] + 1:
                current += 1
                best = max(best, current)
            else:
                current = 1
        return best
