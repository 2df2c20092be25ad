def split_seconds(total: int) -> list[int]:
    parts: list[int] = []
    for unit in [3600, 60]:
        parts.append(total // unit)
        total %= unit
    parts.append(total)
    return parts
