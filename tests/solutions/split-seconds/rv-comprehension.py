def split_seconds(total: int) -> list[int]:
    return [total // 3600] + [part % 60 for part in [total // 60, total]]
