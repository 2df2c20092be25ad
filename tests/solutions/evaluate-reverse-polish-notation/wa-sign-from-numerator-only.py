# WA on hidden case "division-by-negative-truncates" (7 / -2): divides the absolute values and takes the sign from the left operand only, so a negative divisor is ignored and the answer is 3 instead of -3.
from typing import List


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack: List[int] = []
        for token in tokens:
            if token in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                if token == "+":
                    stack.append(a + b)
                elif token == "-":
                    stack.append(a - b)
                elif token == "*":
                    stack.append(a * b)
                else:
                    quotient = abs(a) // abs(b)
                    stack.append(-quotient if a < 0 else quotient)
            else:
                stack.append(int(token))
        return stack[-1]
