# threading without starting threads: locks, conditions, semaphores, events, barriers, local, the main
# thread, names and reprs, and the errors of each primitive.
import re
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0x?", re.sub(r"started \d+", "started ID", str(text)))


main = threading.current_thread()
print(clean(main), main is threading.main_thread(), main.name, main.daemon, main.is_alive())
print(threading.active_count(), [clean(t) for t in threading.enumerate()])
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))


def work(a, b=0):
    print("work", a, b)


t = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
print(clean(t), t.name.startswith("Thread-"), t.name.endswith("(work)"), t.ident, t.native_id, t.is_alive())
t2 = threading.Thread(name="named", daemon=True)
print(t2, t2.name, t2.daemon)
t2.name = "renamed"
t2.daemon = False
print(t2)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.run()

lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested", rlock._is_owned())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: "ok"))
    cond.notify()
    cond.notify_all()
for method in (cond.wait, cond.notify):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError:", e)

sem = threading.Semaphore(2)
print(clean(repr(sem)))
print(sem.acquire(), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(clean(repr(sem)))
bounded = threading.BoundedSemaphore(1)
print(clean(repr(bounded)))
with bounded:
    pass
for bad in (lambda: bounded.release(), lambda: threading.Semaphore(-1), lambda: sem.release(0),
            lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

event = threading.Event()
print(clean(repr(event)), event.is_set(), event.wait(0.01))
event.set()
print(clean(repr(event)), event.wait(), event.wait(0))
event.clear()
print(event.is_set())

barrier = threading.Barrier(1, action=lambda: print("action"))
print(barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken, clean(repr(barrier)))
barrier2 = threading.Barrier(2, timeout=0.01)
try:
    barrier2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", barrier2.broken, clean(repr(barrier2)))
barrier2.reset()
print(barrier2.broken)
barrier2.abort()
try:
    barrier2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

data = threading.local()
data.x = 1
print(data.x, hasattr(data, "y"))
timer = threading.Timer(5, work, args=(9,))
print(type(timer).__mro__[1].__name__, timer.interval, timer.finished.is_set())
timer.cancel()
print(timer.finished.is_set())
print(threading.gettrace(), threading.getprofile())
threading.settrace(work)
print(threading.gettrace() is work)
threading.settrace(None)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e6, threading.stack_size())
print(threading.ExceptHookArgs([ValueError, ValueError("x"), None, None]).exc_type)
print(threading.excepthook is threading.__excepthook__)
