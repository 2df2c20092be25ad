# A list default without the trap (safe-default-list)
# Judge it with: judge submit safe-default-list.py
from typing import List, Optional


def add_score(score: int, scores: Optional[List[int]] = None) -> List[int]:
    raise NotImplementedError("your solution here")
