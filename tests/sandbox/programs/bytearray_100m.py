data = bytearray(100 * 1024 * 1024)
print(len(data))
