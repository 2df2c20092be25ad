add = sum


def digit_sum(n: int) -> int:
    digits = []
    while n > 0:
        digits.append(n % 10)
        n //= 10
    return add(digits)
