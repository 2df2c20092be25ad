from typing import List


def column_totals(path: str) -> List[int]:
    with open(path, encoding="utf-8") as handle:
        header = handle.readline()
        totals = [0] * len(header.split(","))
        for line in handle:
            if line.strip() == "":
                continue
            for i, cell in enumerate(line.split(",")):
                totals[i] += int(cell)
    return totals
