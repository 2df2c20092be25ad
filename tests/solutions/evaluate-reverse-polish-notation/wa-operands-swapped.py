# WA on sample "example-2": pops the operands in the wrong order (the first pop is taken as the left operand), so 13 / 5 is computed as 5 / 13 = 0 and the result is 4 instead of 6.
from typing import List


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack: List[int] = []
        for token in tokens:
            if token in ("+", "-", "*", "/"):
                a = stack.pop()
                b = stack.pop()
                if token == "+":
                    stack.append(a + b)
                elif token == "-":
                    stack.append(a - b)
                elif token == "*":
                    stack.append(a * b)
                else:
                    stack.append(int(a / b))
            else:
                stack.append(int(token))
        return stack[-1]
