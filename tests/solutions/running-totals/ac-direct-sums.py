from typing import List


def running_totals(day1: int, day2: int, day3: int) -> List[int]:
    first: int = day1
    second: int = first + day2
    third: int = second + day3
    return [first, second, third]
