# AC: recursive merge (O(n + m) stack depth, fine for 100 nodes); `class Solution(object)` and no imports:
# Optional and ListNode are pre-imported, as on LeetCode.
class Solution(object):
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        if not list1:
            return list2
        if not list2:
            return list1
        if list1.val <= list2.val:
            list1.next = self.mergeTwoLists(list1.next, list2)
            return list1
        list2.next = self.mergeTwoLists(list1, list2.next)
        return list2
