# Thread.start: threads can only be started once.
import threading

t = threading.Thread(target=print)
try:
    t.start()
    t.join()
    print("started")
except RuntimeError as e:
    print("RuntimeError")
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
