from typing import Iterator


def countdown(n: int) -> Iterator[int]:
    return iter(range(n, 0, -1))
