# AC: counts each value (Counter is pre-imported, as on LeetCode), then tries pairs of distinct
# values a <= b and looks the third value c = -a - b up, with c >= b so each triplet comes once.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        count = Counter(nums)
        values = sorted(count)
        result: List[List[int]] = []
        for i, a in enumerate(values):
            if a > 0:
                break
            for b in values[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in count:
                    continue
                need = Counter([a, b, c])
                if all(count[v] >= k for v, k in need.items()):
                    result.append([a, b, c])
        return result
