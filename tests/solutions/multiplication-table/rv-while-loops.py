from typing import List


def times_table(n: int) -> List[List[int]]:
    table: List[List[int]] = []
    row = 1
    while row <= n:
        line: List[int] = []
        col = 1
        while col <= n:
            line.append(row * col)
            col += 1
        table.append(line)
        row += 1
    return table
