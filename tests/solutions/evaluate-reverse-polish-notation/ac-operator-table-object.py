# AC: Python 2 style class, `from typing import *`; a dict of lambdas from the operator module, int(a / b) truncates toward zero (exact here: |values| stay far below 2^53).
import operator
from typing import *


class Solution(object):
    def evalRPN(self, tokens: List[str]) -> int:
        apply: Dict[str, Callable[[int, int], int]] = {
            "+": operator.add,
            "-": operator.sub,
            "*": operator.mul,
            "/": lambda a, b: int(a / b),
        }
        stack: List[int] = []
        for token in tokens:
            if token in apply:
                b = stack.pop()
                stack.append(apply[token](stack.pop(), b))
            else:
                stack.append(int(token))
        return stack.pop()
