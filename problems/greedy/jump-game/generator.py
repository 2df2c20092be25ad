from typing import Dict, List


def generate(seed: int, **params: int) -> Dict[str, List[int]]:
    """A staircase of n numbers: index i jumps exactly to index `top`, for every i before `top`.

    params: n (length), reach_end (1: nums[top] jumps to the last index, so the answer is true;
    0: nums[top] is 0 and top = n - 2, so the last index is out of reach).
    Deterministic (the seed only names the case).
    """
    n = params["n"]
    reach_end = params["reach_end"]
    top = n - 3 if reach_end else n - 2
    nums = [top - i for i in range(top)]
    nums.append(2 if reach_end else 0)
    nums.extend([0] * (n - len(nums)))
    return {"nums": nums}
