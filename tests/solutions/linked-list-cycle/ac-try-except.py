# AC: Floyd written EAFP-style, letting AttributeError end the walk; no imports (Optional is pre-imported).
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        try:
            slow = head
            fast = head.next
            while slow is not fast:
                slow = slow.next
                fast = fast.next.next
            return True
        except AttributeError:
            return False
