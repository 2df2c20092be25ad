# AC: no imports and no explicit stack: reads the expression backwards recursively (the last token is the root operator); recursion goes as deep as the expression nests (up to 5000 here).
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        position = len(tokens)

        def evaluate() -> int:
            nonlocal position
            position -= 1
            token = tokens[position]
            if token not in ("+", "-", "*", "/"):
                return int(token)
            right = evaluate()
            left = evaluate()
            if token == "+":
                return left + right
            if token == "-":
                return left - right
            if token == "*":
                return left * right
            negative = (left < 0) != (right < 0)
            quotient = abs(left) // abs(right)
            return -quotient if negative else quotient

        return evaluate()
