def running_totals(day1: int, day2: int, day3: int) -> list[int]:
    totals: list[int] = []
    total = 0
    for day in [day1, day2, day3]:
        total += day
        totals.append(total)
    return totals
