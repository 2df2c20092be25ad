# WA on hidden case "single-column" (target -1, the first number of row 1): the row is chosen as the last one whose first number is < target (strict), so a target that opens a row is searched for in the row before it.
from typing import List


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        low, high = 0, len(matrix) - 1
        row = 0
        while low <= high:
            middle = (low + high) // 2
            if matrix[middle][0] < target:
                row = middle
                low = middle + 1
            else:
                high = middle - 1
        values = matrix[row]
        low, high = 0, len(values) - 1
        while low <= high:
            middle = (low + high) // 2
            if values[middle] == target:
                return True
            if values[middle] < target:
                low = middle + 1
            else:
                high = middle - 1
        return False
