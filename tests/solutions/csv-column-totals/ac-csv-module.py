import csv
from typing import List


def column_totals(path: str) -> List[int]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        totals = [0] * len(header)
        for row in reader:
            if not row or all(cell.strip() == "" for cell in row):
                continue
            for i, cell in enumerate(row):
                totals[i] += int(cell)
    return totals
