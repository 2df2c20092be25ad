a: str = input()
b: str = input()
for label, first, second in [("before", a, b), ("after", b, a)]:
    print(f"{label}: a={first} b={second}")
