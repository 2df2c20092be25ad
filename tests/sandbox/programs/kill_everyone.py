# Signal every process we can reach, our parent, and finally our own group.
import os, signal
print("pid", os.getpid(), "ppid", os.getppid(), flush=True)
for target in (-1, os.getppid(), 1, 0):
    try:
        os.kill(target, signal.SIGKILL)
        print("kill", target, "sent", flush=True)
    except OSError as error:
        print("kill", target, error.strerror, flush=True)
print("still here", flush=True)
