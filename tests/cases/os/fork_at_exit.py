# os.fork() from an atexit callback: RuntimeError, the interpreter is shutting down.
import atexit
import os


def exit_handler():
    try:
        pid = os.fork()
    except RuntimeError as e:
        print(type(e).__name__, e)
    else:
        if pid == 0:
            os._exit(0)
        print("forked")


atexit.register(exit_handler)
print("main done")
