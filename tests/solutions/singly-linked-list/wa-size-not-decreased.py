from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None


class LinkedList:
    """A singly linked list with a head, a tail and a count, so both ends are O(1) to reach."""

    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.tail: Optional[Node] = None
        self.count = 0

    def push_front(self, x: int) -> None:
        node = Node(x)
        node.next = self.head
        self.head = node
        if self.tail is None:
            self.tail = node
        self.count += 1

    def push_back(self, x: int) -> None:
        node = Node(x)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.count += 1

    def pop_front(self) -> int:
        if self.head is None:
            return -1
        value = self.head.value
        self.head = self.head.next
        if self.head is None:
            self.tail = None
        return value

    def size(self) -> int:
        return self.count

    def to_list(self) -> List[int]:
        values: List[int] = []
        node = self.head
        while node is not None:
            values.append(node.value)
            node = node.next
        return values
