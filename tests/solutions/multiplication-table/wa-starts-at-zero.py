from typing import List


def times_table(n: int) -> List[List[int]]:
    table: List[List[int]] = []
    for row in range(n):
        line: List[int] = []
        for col in range(n):
            line.append(row * col)
        table.append(line)
    return table
