def collatz_steps(n: int) -> int:
    steps = 0
    for _ in range(10**6):
        if n == 1:
            break
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
