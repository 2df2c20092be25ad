import subprocess
subprocess.run(["/bin/sh", "-c", "echo escaped"])
print("returned")
