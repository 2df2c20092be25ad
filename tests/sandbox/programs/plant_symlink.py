# Plant symlinks to a host file, hoping the judge follows them.
import os
for name in ("{{TOKEN}}", "stdout", "result.json", "output.txt"):
    try:
        os.symlink("{{TARGET}}", os.path.join("/tmp", name))
    except OSError as error:
        print("symlink", name, error.strerror)
try:
    with open("{{TARGET}}", "w") as f:
        f.write("overwritten")
    print("WROTE THROUGH")
except OSError as error:
    print("cannot open target:", error.strerror)
