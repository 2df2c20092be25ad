lines = ["Hello, World!", "Welcome to Python."]
for line in lines:
    print(line)
