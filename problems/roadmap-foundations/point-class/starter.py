# A Point with special methods (point-class)
# Judge it with: judge submit point-class.py


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        raise NotImplementedError("your solution here")

    def __eq__(self, other: object) -> bool:
        raise NotImplementedError("your solution here")

    def __lt__(self, other: "Point") -> bool:
        raise NotImplementedError("your solution here")
