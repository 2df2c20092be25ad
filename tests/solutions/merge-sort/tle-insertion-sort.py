from typing import List


def merge_sort(nums: List[int]) -> List[int]:
    result = list(nums)
    for i in range(1, len(result)):
        value = result[i]
        j = i - 1
        while j >= 0 and result[j] > value:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = value
    return result
