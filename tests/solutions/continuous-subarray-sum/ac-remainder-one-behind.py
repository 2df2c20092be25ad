# AC: adds the remainder from one step back to the set, so any match is at least two elements long. Python 2 style class, no imports.
class Solution(object):
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        seen: Set[int] = set()
        previous = 0  # remainder of the prefix that ends one element before the current one
        prefix = 0
        for x in nums:
            prefix = (prefix + x) % k
            if prefix in seen:
                return True
            seen.add(previous)
            previous = prefix
        return False
