# AC: no imports; an explicit stack of (start index, remaining, combination so far) instead of recursion.
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        result: List[List[int]] = []
        stack: List[Tuple[int, int, List[int]]] = [(0, target, [])]
        while stack:
            start, remaining, combo = stack.pop()
            if remaining == 0:
                result.append(combo)
                continue
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    stack.append((i, remaining - candidates[i], combo + [candidates[i]]))
        return result
