# An x32 system call number (bit 30 set).
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
result = libc.syscall(0x40000000 + 39)  # x32 getpid
print("x32 returned", result, ctypes.get_errno())
