# Threads until the task limit stops us; report how many we got.
import threading
import time
started = 0
try:
    while True:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        started += 1
except RuntimeError as error:
    print("threads", started, error)
