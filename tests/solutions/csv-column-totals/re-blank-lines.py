from typing import List


def column_totals(path: str) -> List[int]:
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    totals = [0] * len(lines[0].split(","))
    for line in lines[1:]:
        for i, cell in enumerate(line.split(",")):
            totals[i] += int(cell)
    return totals
