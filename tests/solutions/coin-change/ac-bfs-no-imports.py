# AC: no imports; breadth-first search over amounts, one level per coin used, so the first time the
# amount is reached uses the fewest coins.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = [False] * (amount + 1)
        seen[0] = True
        level = [0]
        steps = 0
        while level:
            steps += 1
            following: List[int] = []
            for total in level:
                for coin in coins:
                    nxt = total + coin
                    if nxt == amount:
                        return steps
                    if nxt < amount and not seen[nxt]:
                        seen[nxt] = True
                        following.append(nxt)
            level = following
        return -1
