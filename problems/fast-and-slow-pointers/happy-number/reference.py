class Solution:
    def isHappy(self, n: int) -> bool:
        def step(x: int) -> int:
            total = 0
            while x > 0:
                x, digit = divmod(x, 10)
                total += digit * digit
            return total

        # The sequence n, step(n), step(step(n)), ... is a linked list that ends in a cycle.
        # Floyd: slow moves one step, fast two; they meet inside the cycle. Happy means that cycle is 1 -> 1.
        slow = n
        fast = step(n)
        while fast != 1 and slow != fast:
            slow = step(slow)
            fast = step(step(fast))
        return fast == 1
