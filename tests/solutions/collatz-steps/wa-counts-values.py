def collatz_steps(n: int) -> int:
    # counts every value in the chain, including the first one
    count = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count
