from typing import List


def chunk(items: List[int], size: int) -> List[List[int]]:
    chunks: List[List[int]] = []
    current: List[int] = []
    for value in items:
        current.append(value)
        if len(current) == size:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks
