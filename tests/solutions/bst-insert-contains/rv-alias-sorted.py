in_order = sorted


from typing import List


class BST:
    def __init__(self) -> None:
        self.values: List[int] = []

    def insert(self, x: int) -> bool:
        if x in self.values:
            return False
        self.values.append(x)
        return True

    def contains(self, x: int) -> bool:
        return x in self.values

    def inorder(self) -> List[int]:
        return in_order(self.values)

    def size(self) -> int:
        return len(self.values)
