with open("/tmp/big", "wb") as f:
    f.write(b"q" * (8 * 1024 * 1024))
print("wrote")
