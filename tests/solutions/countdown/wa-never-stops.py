from typing import Iterator


def countdown(n: int) -> Iterator[int]:
    while True:
        yield n
        n -= 1
