import random
from typing import Dict, List


def _apply(operator: str, left: int, right: int) -> int:
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    quotient = abs(left) // abs(right)
    return quotient if (left < 0) == (right < 0) else -quotient


def generate(seed: int, **params: int) -> Dict[str, List[str]]:
    """A valid expression of n tokens (n odd; LeetCode: 1 <= n <= 10^4), numbers in [-200, 200].

    Operators are drawn 35% +, 35% -, 20% *, 10% / (so that divisions do not keep collapsing the
    value to 0). Every intermediate value stays within [-10^6, 10^6] (the generator evaluates as it
    goes and falls back to +, - or / when an operator would leave that range), and no division is
    by zero.
    shape 0 (random): an operator whenever at least two values wait and a coin says so.
    shape 1 (deep): all the numbers first, then all the operators, so the stack holds n / 2 + 1 values.
    """
    rng = random.Random(seed)
    n = params["n"]
    shape = params.get("shape", 0)
    numbers = n // 2 + 1
    tokens: List[str] = []
    stack: List[int] = []
    pushed = 0
    bound = 10**6
    while len(tokens) < n:
        must_push = len(stack) < 2 or (shape == 1 and pushed < numbers)
        can_push = pushed < numbers
        if can_push and (must_push or rng.random() < 0.5):
            value = rng.randint(-200, 200)
            tokens.append(str(value))
            stack.append(value)
            pushed += 1
            continue
        right = stack.pop()
        left = stack.pop()
        first = rng.choices(["+", "-", "*", "/"], weights=[35, 35, 20, 10])[0]
        for operator in (first, "+", "-", "/"):
            if operator == "/" and right == 0:
                continue
            result = _apply(operator, left, right)
            if -bound <= result <= bound:
                break
        tokens.append(operator)
        stack.append(result)
    return {"tokens": tokens}
