a_text: str = input()
b_text: str = input()

a: int = int(a_text)
b: float = float(b_text)

print("int:", a)
print("float:", b)
print("sum:", a + b)
print("truncated:", int(b))
print("text:", a_text + b_text)
