from typing import List, Optional


def add_score(score: int, scores: Optional[List[int]] = None) -> List[int]:
    if scores is None:
        return [score]
    return scores + [score]
