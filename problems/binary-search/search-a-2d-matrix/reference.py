from typing import List


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Read row by row, the matrix is one sorted list of m * n numbers: binary search it,
        # turning a position into (row, column) with divmod.
        rows, columns = len(matrix), len(matrix[0])
        low, high = 0, rows * columns - 1
        while low <= high:
            middle = (low + high) // 2
            row, column = divmod(middle, columns)
            value = matrix[row][column]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle - 1
        return False
