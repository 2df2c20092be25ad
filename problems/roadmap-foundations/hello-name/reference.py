name: str = input()
print(f"Hello, {name}!")
