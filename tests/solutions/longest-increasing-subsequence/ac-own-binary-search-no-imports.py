# AC: no imports; patience sorting with a hand-written binary search for the first tail >= value.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails: List[int] = []
        for value in nums:
            low, high = 0, len(tails)
            while low < high:
                mid = (low + high) // 2
                if tails[mid] < value:
                    low = mid + 1
                else:
                    high = mid
            if low == len(tails):
                tails.append(value)
            else:
                tails[low] = value
        return len(tails)
