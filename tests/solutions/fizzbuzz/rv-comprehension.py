from typing import List


def label(i: int) -> str:
    if i % 15 == 0:
        return "FizzBuzz"
    if i % 3 == 0:
        return "Fizz"
    if i % 5 == 0:
        return "Buzz"
    return str(i)


def fizzbuzz(n: int) -> List[str]:
    return [label(i) for i in range(1, n + 1)]
