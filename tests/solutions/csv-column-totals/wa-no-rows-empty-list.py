from typing import List


def column_totals(path: str) -> List[int]:
    totals: List[int] = []
    with open(path, encoding="utf-8") as handle:
        rows = handle.read().split("\n")[1:]
    for row in rows:
        if row.strip() == "":
            continue
        cells = row.split(",")
        if not totals:
            totals = [0] * len(cells)
        for i in range(len(cells)):
            totals[i] += int(cells[i])
    return totals
