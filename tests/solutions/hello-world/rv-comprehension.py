lines = ["Hello, World!", "Welcome to Python."]
done = [print(line) for line in lines]
