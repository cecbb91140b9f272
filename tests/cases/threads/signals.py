# A signal interrupts the main thread's lock wait: the handler runs, and its exception ends the wait.
import signal
import threading

lock = threading.Lock()
lock.acquire()


def handler(signum, frame):
    raise TimeoutError("alarm")


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except TimeoutError as e:
    print("interrupted:", e)
# A handler that returns lets the wait go on until its timeout.
calls = []
signal.signal(signal.SIGALRM, lambda *a: calls.append("handler"))
signal.setitimer(signal.ITIMER_REAL, 0.02)
print(lock.acquire(timeout=0.2), calls)
# Signals raised while another thread runs are still handled by the main thread.
signal.signal(signal.SIGALRM, lambda *a: calls.append("from thread"))
t = threading.Thread(target=lambda: signal.raise_signal(signal.SIGALRM))
t.start()
t.join()
import time
time.sleep(0.01)
print(calls)
