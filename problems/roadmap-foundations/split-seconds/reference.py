def split_seconds(total: int) -> list[int]:
    hours = total // 3600
    minutes = total % 3600 // 60
    seconds = total % 60
    return [hours, minutes, seconds]
