print("Hello, World!", "Welcome to Python.")
