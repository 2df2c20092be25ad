import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(1)
s.connect(("127.0.0.1", {{PORT}}))
s.sendall(b"escaped")
print("connected")
