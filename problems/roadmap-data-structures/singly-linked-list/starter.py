# A singly linked list (singly-linked-list)
# Judge it with: judge submit singly-linked-list.py
from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None


class LinkedList:
    def __init__(self) -> None:
        raise NotImplementedError("your solution here")

    def push_front(self, x: int) -> None:
        raise NotImplementedError("your solution here")

    def push_back(self, x: int) -> None:
        raise NotImplementedError("your solution here")

    def pop_front(self) -> int:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")

    def to_list(self) -> List[int]:
        raise NotImplementedError("your solution here")
