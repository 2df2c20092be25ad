def split_seconds(total: int) -> list[int]:
    hours = 0
    while total >= 3600:
        total -= 3600
        hours += 1
    minutes = 0
    while total >= 60:
        total -= 60
        minutes += 1
    return [hours, minutes, total]
