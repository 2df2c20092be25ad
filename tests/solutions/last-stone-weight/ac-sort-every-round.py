# AC: re-sorts the pile every round (O(n^2 log n), fine for 30 stones); `class Solution(object)` and no imports (List is pre-imported, as on LeetCode).
class Solution(object):
    def lastStoneWeight(self, stones: List[int]) -> int:
        pile = list(stones)
        while len(pile) > 1:
            pile.sort()
            y = pile.pop()
            x = pile.pop()
            if y > x:
                pile.append(y - x)
        return pile[0] if pile else 0
