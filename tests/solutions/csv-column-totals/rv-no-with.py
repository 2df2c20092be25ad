from typing import List


def column_totals(path: str) -> List[int]:
    handle = open(path, encoding="utf-8")
    lines = handle.read().splitlines()
    handle.close()
    totals = [0] * len(lines[0].split(","))
    for line in lines[1:]:
        if line.strip() == "":
            continue
        for i, cell in enumerate(line.split(",")):
            totals[i] += int(cell)
    return totals
