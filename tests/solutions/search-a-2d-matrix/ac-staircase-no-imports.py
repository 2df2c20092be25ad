# AC although O(m + n): no imports; starts at the top-right corner and steps left (too big) or down (too small). At 100 x 100 this is as fast as the binary search.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        row, column = 0, len(matrix[0]) - 1
        while row < len(matrix) and column >= 0:
            value = matrix[row][column]
            if value == target:
                return True
            if value > target:
                column -= 1
            else:
                row += 1
        return False
