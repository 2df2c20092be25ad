# An i386 system call (int 0x80) from a 64-bit process: a foreign ABI that
# would dodge a filter written for x86_64.
import ctypes, mmap
code = bytes([0xB8, 20, 0, 0, 0,  # mov eax, 20 (getpid on i386)
              0xCD, 0x80,         # int 0x80
              0xC3])              # ret
buf = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
buf.write(code)
address = ctypes.addressof(ctypes.c_char.from_buffer(buf))
ctypes.CFUNCTYPE(ctypes.c_int)(address)()
print("int 0x80 returned")
