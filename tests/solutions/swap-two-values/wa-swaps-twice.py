a: str = input()
b: str = input()
a, b = b, a
print(f"before: a={a} b={b}")
a, b = b, a
print(f"after: a={a} b={b}")
