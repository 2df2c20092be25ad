# Remove and reverse in a linked list (linked-list-remove-and-reverse)
# Judge it with: judge submit linked-list-remove-and-reverse.py
from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None


class LinkedList:
    def __init__(self) -> None:
        raise NotImplementedError("your solution here")

    def push_back(self, x: int) -> None:
        raise NotImplementedError("your solution here")

    def remove_value(self, x: int) -> bool:
        raise NotImplementedError("your solution here")

    def reverse(self) -> None:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")

    def to_list(self) -> List[int]:
        raise NotImplementedError("your solution here")
