# RE on hidden case "one-by-one-missing" ([[5]], target 6): high starts at m * n with an inclusive loop, so when the target is above everything the position m * n maps to row m and matrix[1] raises IndexError.
from typing import List


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        rows, columns = len(matrix), len(matrix[0])
        low, high = 0, rows * columns
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
