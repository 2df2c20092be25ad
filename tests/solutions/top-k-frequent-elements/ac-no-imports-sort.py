# AC: O(n log n) sort by count, no imports at all (List is pre-imported on LeetCode).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts: Dict[int, int] = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        return sorted(counts, key=counts.__getitem__, reverse=True)[:k]
