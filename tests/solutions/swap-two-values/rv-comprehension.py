values: list[str] = [input() for _ in range(2)]
a: str = values[0]
b: str = values[1]
print(f"before: a={a} b={b}")
a, b = b, a
print(f"after: a={a} b={b}")
