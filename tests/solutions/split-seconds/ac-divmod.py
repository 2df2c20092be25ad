from typing import List


def split_seconds(total: int) -> List[int]:
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return [hours, minutes, seconds]
