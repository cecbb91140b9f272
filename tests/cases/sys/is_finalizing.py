# sys.is_finalizing() is false while the program and its atexit callbacks run.
import atexit
import sys

print(sys.is_finalizing())
atexit.register(lambda: print("atexit", sys.is_finalizing()))
