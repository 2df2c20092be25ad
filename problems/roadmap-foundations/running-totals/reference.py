def running_totals(day1: int, day2: int, day3: int) -> list[int]:
    total = day1
    after_day1 = total
    total += day2
    after_day2 = total
    total += day3
    return [after_day1, after_day2, total]
