name = input().strip()
print("Hello, " + name + "!")
