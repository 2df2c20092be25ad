# clone() without CLONE_THREAD through ctypes: a process by another name.
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
SYS_clone = 56
SIGCHLD = 17
libc.syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0)
print("clone returned")
