# AC: O(n log n) with bin(i).count("1") (fast enough at n = 10^5); `class Solution(object)`, no imports,
# and a tuple returned where LeetCode declares List[int].
class Solution(object):
    def countBits(self, n: int) -> tuple[int, ...]:
        return tuple(bin(i).count("1") for i in range(n + 1))
