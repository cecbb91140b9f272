# Callbacks run after sys.exit() too, and the exit status is the program's.
import atexit
import sys

atexit.register(print, "callback after sys.exit")
print("exiting")
sys.exit(3)
