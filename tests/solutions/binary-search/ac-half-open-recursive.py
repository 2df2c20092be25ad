# AC: recursive search over the half-open range [low, high), with a typed nested function; no imports (List is pre-imported).
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        def find(low: int, high: int) -> int:
            if low >= high:
                return -1
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[middle] < target:
                return find(middle + 1, high)
            return find(low, middle)

        return find(0, len(nums))
