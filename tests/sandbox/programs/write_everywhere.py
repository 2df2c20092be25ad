# Try to leave a file in every writable-looking place.
import os
results = []
for directory in ["/tmp", "/var/tmp", "/dev/shm", "/root", "/", "/box", "/usr/lib"]:
    path = os.path.join(directory, "{{TOKEN}}")
    try:
        with open(path, "w") as f:
            f.write("escaped")
        results.append(f"wrote {path}")
    except OSError as error:
        results.append(f"denied {path}: {error.strerror}")
print("\n".join(results))
