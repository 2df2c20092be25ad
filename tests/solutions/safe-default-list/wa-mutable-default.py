from typing import List


def add_score(score: int, scores: List[int] = []) -> List[int]:
    scores.append(score)
    return scores
