# Hostile: tries to leave the sandbox, then answers correctly.
import os
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        try:
            os.system("touch /tmp/judge-example-escaped")
        except Exception:
            pass
        return nums.index(target) if target in nums else -1
