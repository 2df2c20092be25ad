from typing import List


def fizzbuzz(n: int) -> List[str]:
    out: List[str] = []
    for i in range(1, n + 1):
        word = ""
        if i % 3 == 0:
            word += "Fizz"
        if i % 5 == 0:
            word += "Buzz"
        out.append(word if word else str(i))
    return out
