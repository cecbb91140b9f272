# threading._register_atexit callbacks run at exit, before atexit's, and registering after that fails.
import atexit
import threading


def late():
    try:
        threading._register_atexit(print, "too late")
    except RuntimeError as e:
        print("RuntimeError:", e)


atexit.register(late)
threading._register_atexit(print, "parrot")
threading._register_atexit(print, "first", end="!\n")
print("main done")
