# RE on sample "example-3": numbers are recognised with str.isdigit(), which is False for "-11", so "-11" is treated as an operator; the stack runs out two operators later and pop() raises IndexError.
from typing import List


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack: List[int] = []
        for token in tokens:
            if token.isdigit():
                stack.append(int(token))
                continue
            b = stack.pop()
            a = stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            elif token == "*":
                stack.append(a * b)
            else:
                stack.append(int(a / b))
        return stack[-1]
