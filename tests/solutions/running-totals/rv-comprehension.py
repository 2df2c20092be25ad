def running_totals(day1: int, day2: int, day3: int) -> list[int]:
    days = [day1, day2, day3]
    return [sum(days[:i + 1]) for i in range(3)]
