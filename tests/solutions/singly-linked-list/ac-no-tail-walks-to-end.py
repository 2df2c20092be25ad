from typing import List, Optional


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.length = 0

    def push_front(self, x: int) -> None:
        self.head = Node(x, self.head)
        self.length += 1

    def push_back(self, x: int) -> None:
        if self.head is None:
            self.head = Node(x)
        else:
            node = self.head
            while node.next is not None:
                node = node.next
            node.next = Node(x)
        self.length += 1

    def pop_front(self) -> int:
        if self.head is None:
            return -1
        first = self.head
        self.head = first.next
        self.length -= 1
        return first.value

    def size(self) -> int:
        return self.length

    def to_list(self) -> List[int]:
        out: List[int] = []
        node = self.head
        while node:
            out.append(node.value)
            node = node.next
        return out
