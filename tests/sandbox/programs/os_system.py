import os
os.system("/bin/sh -c 'echo escaped > /tmp/escaped'")
print("returned")
