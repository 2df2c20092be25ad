# AC: a real breadth-first search with deque (pre-imported, as on LeetCode; no imports here) that only enqueues positions past the farthest one seen; `class Solution(object)`.
class Solution(object):
    def jump(self, nums: List[int]) -> int:
        last = len(nums) - 1
        if last == 0:
            return 0
        queue = deque([(0, 0)])
        seen_up_to = 0
        while queue:
            position, jumps = queue.popleft()
            for nxt in range(seen_up_to + 1, min(last, position + nums[position]) + 1):
                if nxt == last:
                    return jumps + 1
                queue.append((nxt, jumps + 1))
            seen_up_to = max(seen_up_to, position + nums[position])
        return -1
