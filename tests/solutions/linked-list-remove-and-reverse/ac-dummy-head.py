from typing import List, Optional


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.dummy = Node(0)  # sits before the first real node
        self.last = self.dummy
        self.n = 0

    def push_back(self, x: int) -> None:
        self.last.next = Node(x)
        self.last = self.last.next
        self.n += 1

    def remove_value(self, x: int) -> bool:
        before = self.dummy
        while before.next is not None:
            if before.next.value == x:
                if before.next is self.last:
                    self.last = before
                before.next = before.next.next
                self.n -= 1
                return True
            before = before.next
        return False

    def reverse(self) -> None:
        first = self.dummy.next
        backwards: Optional[Node] = None
        current = first
        while current is not None:
            current.next, backwards, current = backwards, current, current.next
        self.dummy.next = backwards
        if first is not None:
            self.last = first

    def size(self) -> int:
        return self.n

    def to_list(self) -> List[int]:
        out: List[int] = []
        node = self.dummy.next
        while node is not None:
            out.append(node.value)
            node = node.next
        return out
