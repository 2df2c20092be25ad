a: str = input()
b: str = input()
print(f"before: a={a} b={b}")
a, b = b, a
print(f"after: a={a} b={b}")
