raise_to = pow


def power(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    return int(raise_to(base, exp))
