# A lock accepts timeouts up to TIMEOUT_MAX; larger ones are OverflowError.
import _thread
import threading

for make in (_thread.allocate_lock, _thread.RLock, threading.Lock):
    lock = make()
    print(lock.acquire(timeout=_thread.TIMEOUT_MAX))
    lock.release()
    for timeout in (1e100, _thread.TIMEOUT_MAX + 1):
        try:
            lock.acquire(timeout=timeout)
        except OverflowError as e:
            print("OverflowError", e)
    try:
        lock.acquire(timeout=-100)
    except ValueError as e:
        print("ValueError", e)
