# RE on hidden case "single-row" (1 x 5): turns a flat position into (row, column) with divmod(position, number of rows) instead of the number of columns; with one row, position 2 becomes row 2 and matrix[2] raises IndexError (the 3 x 4 samples pass by luck).
from typing import List


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        rows, columns = len(matrix), len(matrix[0])
        low, high = 0, rows * columns - 1
        while low <= high:
            middle = (low + high) // 2
            row, column = divmod(middle, rows)
            value = matrix[row][column]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle - 1
        return False
