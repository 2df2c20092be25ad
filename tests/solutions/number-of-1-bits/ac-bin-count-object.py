# AC: bin(n) is "0b..." and counting the "1" characters is enough; `class Solution(object)`, no imports.
class Solution(object):
    def hammingWeight(self, n: int) -> int:
        return bin(n).count("1")
