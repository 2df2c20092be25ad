texts: list[str] = [input() for _ in range(2)]
a: int = int(texts[0])
b: float = float(texts[1])
print("int:", a)
print("float:", b)
print("sum:", a + b)
print("truncated:", int(b))
print("text:", texts[0] + texts[1])
