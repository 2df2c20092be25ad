from typing import Dict, List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts: Dict[int, int] = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        # buckets[f] holds the values seen exactly f times (f is at most len(nums)).
        buckets: List[List[int]] = [[] for _ in range(len(nums) + 1)]
        for value, count in counts.items():
            buckets[count].append(value)
        result: List[int] = []
        for count in range(len(nums), 0, -1):
            for value in buckets[count]:
                result.append(value)
                if len(result) == k:
                    return result
        return result
