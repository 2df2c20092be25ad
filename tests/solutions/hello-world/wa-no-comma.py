print("Hello World!")
print("Welcome to Python.")
