# AC: turns both lists into Python ints, adds them and writes the sum back digit by digit (Python's big integers
# make this fine at 100 digits); `class Solution(object)` and no imports (Optional, ListNode pre-imported).
class Solution(object):
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def to_int(node: Optional[ListNode]) -> int:
            value, place = 0, 1
            while node:
                value += node.val * place
                place *= 10
                node = node.next
            return value

        total = to_int(l1) + to_int(l2)
        dummy = tail = ListNode()
        while True:
            total, digit = divmod(total, 10)
            tail.next = ListNode(digit)
            tail = tail.next
            if total == 0:
                return dummy.next
