# Fill the work dir until the filesystem says no.
import os
written = 0
try:
    for i in range(100000):
        with open(f"/tmp/fill{i}", "wb") as f:
            f.write(b"z" * (1 << 20))
        written += 1
except OSError as error:
    print("stopped after", written, "MiB:", error.strerror)
