# Replace ourselves with a fresh interpreter: exec after the first is denied.
import os, sys
os.execv(sys.executable, [sys.executable, "-c", "print('second exec')"])
