# _thread locks: acquire/release/locked, non-blocking and timed acquire, the context manager, errors.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, _thread.LockType.__module__)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.locked(), lock.acquire(), lock.locked())
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(lock.acquire(False), lock.acquire(blocking=False))
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
lock.acquire()
lock._at_fork_reinit()
print(lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: lock.release())
show(lambda: lock.acquire(False, 1))
show(lambda: lock.acquire(True, -2))
show(lambda: lock.acquire(timeout=1e100))
show(lambda: lock.acquire(timeout=1e10))
show(lambda: lock.acquire(timeout="a"))
show(lambda: lock.acquire(1, 2, 3))
show(lambda: lock.acquire(x=1))
show(lambda: lock.locked(1))
show(lambda: _thread.LockType())
show(lambda: _thread.allocate_lock(1))
show(lambda: lock.__exit__())
print(_thread.allocate is not None, _thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX)

# A signal handler may release a lock that a timed acquire is waiting for.
import _signal
held = _thread.allocate_lock()
held.acquire()
_signal.signal(_signal.SIGALRM, lambda s, f: held.release())
_signal.setitimer(_signal.ITIMER_REAL, 0.02)
print(held.acquire(timeout=5))
_signal.signal(_signal.SIGALRM, _signal.SIG_DFL)
