# At exit the interpreter waits for non-daemon threads; daemon threads are abandoned; no thread can start
# from an atexit handler.
import atexit
import threading
import time
import _thread


def late():
    time.sleep(0.1)
    print("non-daemon thread finished")


def forever():
    while True:
        time.sleep(0.01)


def at_exit():
    print("atexit runs after the threads")
    try:
        _thread.start_new_thread(print, ("never",))
    except RuntimeError as e:
        print("RuntimeError:", e)


atexit.register(at_exit)
threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main done")
