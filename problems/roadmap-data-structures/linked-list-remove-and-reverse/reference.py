from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None


class LinkedList:
    """A singly linked list with head, tail and count; reverse() relinks the nodes in place."""

    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.tail: Optional[Node] = None
        self.count = 0

    def push_back(self, x: int) -> None:
        node = Node(x)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.count += 1

    def remove_value(self, x: int) -> bool:
        prev: Optional[Node] = None
        node = self.head
        while node is not None and node.value != x:
            prev = node
            node = node.next
        if node is None:
            return False
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next
        if node is self.tail:
            self.tail = prev
        self.count -= 1
        return True

    def reverse(self) -> None:
        prev: Optional[Node] = None
        node = self.head
        self.tail = node
        while node is not None:
            following = node.next
            node.next = prev
            prev = node
            node = following
        self.head = prev

    def size(self) -> int:
        return self.count

    def to_list(self) -> List[int]:
        values: List[int] = []
        node = self.head
        while node is not None:
            values.append(node.value)
            node = node.next
        return values
