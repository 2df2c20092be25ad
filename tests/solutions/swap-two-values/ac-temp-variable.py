a: str = input()
b: str = input()
print("before: a=" + a + " b=" + b)
temp: str = a
a = b
b = temp
print("after: a=" + a + " b=" + b)
