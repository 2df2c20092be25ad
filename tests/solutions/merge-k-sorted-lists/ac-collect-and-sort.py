# AC: copies every value into a Python list, sorts it and builds new nodes (O(N log N), accepted as on LeetCode); `class Solution(object)`, no imports.
class Solution(object):
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        values = []
        for node in lists:
            while node:
                values.append(node.val)
                node = node.next
        head = None
        for value in sorted(values, reverse=True):
            head = ListNode(value, head)
        return head
