from typing import List


def chunk(items: List[int], size: int) -> List[List[int]]:
    chunks: List[List[int]] = []
    for start in range(0, len(items), size):
        chunks.append(items[start:start + size])
    return chunks
