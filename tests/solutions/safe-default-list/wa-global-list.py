from typing import List, Optional

all_scores: List[int] = []


def add_score(score: int, scores: Optional[List[int]] = None) -> List[int]:
    if scores is None:
        all_scores.append(score)
        return all_scores
    scores.append(score)
    return scores
