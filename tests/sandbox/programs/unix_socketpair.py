# AF_UNIX stays usable (multiprocessing-free IPC inside the program).
import socket
a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(4).decode())
