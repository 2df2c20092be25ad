from typing import List


def merge_sort(nums: List[int]) -> List[int]:
    runs: List[List[int]] = [[x] for x in nums]
    while len(runs) > 1:
        merged: List[List[int]] = []
        for k in range(0, len(runs) - 1, 2):
            left, right = runs[k], runs[k + 1]
            out: List[int] = []
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    out.append(left[i])
                    i += 1
                else:
                    out.append(right[j])
                    j += 1
            out += left[i:] + right[j:]
            merged.append(out)
        if len(runs) % 2 == 1:
            merged.append(runs[-1])
        runs = merged
    return runs[0] if runs else []
