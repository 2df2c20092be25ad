from typing import List


def collatz_steps(n: int) -> int:
    chain: List[int] = [n]
    while chain[-1] != 1:
        last = chain[-1]
        chain.append(last // 2 if last % 2 == 0 else 3 * last + 1)
    return len([value for value in chain if value != 1])
