# Echo stdin to stdout, then fd 3 to fd 4 (the harness's channels).
import os, sys
sys.stdout.write(sys.stdin.read().upper())
sys.stdout.flush()
data = os.read(3, 100)
os.write(4, data[::-1])
