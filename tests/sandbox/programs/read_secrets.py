# Try to read the judge's files and root's.
paths = {{PATHS}}
for path in paths:
    try:
        with open(path, "rb") as f:
            data = f.read(64)
        print("READ", path, len(data))
    except OSError as error:
        print("denied", path, error.strerror)
