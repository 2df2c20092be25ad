from typing import List


def times_table(n: int) -> List[List[int]]:
    table: List[List[int]] = []
    for row in range(1, n + 1):
        line: List[int] = []
        for col in range(1, n + 1):
            line.append(row * col)
        table.append(line)
    return table
