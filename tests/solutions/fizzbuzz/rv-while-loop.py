from typing import List


def fizzbuzz(n: int) -> List[str]:
    out: List[str] = []
    i = 1
    while i <= n:
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
        i += 1
    return out
