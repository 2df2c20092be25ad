from typing import List


def quicksort(nums: List[int]) -> List[int]:
    result = list(nums)
    n = len(result)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if result[j] < result[smallest]:
                smallest = j
        result[i], result[smallest] = result[smallest], result[i]
    return result
