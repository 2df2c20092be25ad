import os, socket
print(os.getuid(), os.getgid(), os.getgroups(), os.getpid(), socket.gethostname())
with open("/proc/self/status") if os.path.exists("/proc/self/status") else open("/dev/null") as f:
    print(f.read())
print(sorted(os.listdir("/")))
