name: str = input()
print("Hello, " + name + "!")
print("Welcome to Python.")
