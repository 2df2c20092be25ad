print("Hello, World!\nWelcome to Python.")
