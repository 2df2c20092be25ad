from typing import Iterator, List


def StepRange(start: int, stop: int, step: int = 1) -> Iterator[int]:
    if step == 0:
        raise ValueError("step must not be zero")
    values: List[int] = []
    current = start
    while (step > 0 and current < stop) or (step < 0 and current > stop):
        values.append(current)
        current += step
    # a list iterator already follows the protocol: no class written
    return iter(values)
