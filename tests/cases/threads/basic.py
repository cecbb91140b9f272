# Threads run, join, share data under locks, and see their own identity and thread-local data.
import threading
import _thread

results = []
lock = threading.Lock()


def work(n):
    total = sum(range(n * 10000))
    with lock:
        results.append((n, total, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threading.active_count())
print(threads[0].ident != threading.main_thread().ident, threads[0].native_id is not None)
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)

# Thread-local data: each thread has its own; a subclass's __init__ runs again in each thread.
class Local(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = getattr(self, "inits", 0) + 1


data = Local(10)
data.value = 99
seen = []


def use_local():
    seen.append((data.value, data.inits))
    data.value = 5
    seen.append(data.value)


t = threading.Thread(target=use_local)
t.start()
t.join()
print(seen, data.value, data.inits, sorted(vars(data)))
plain = threading.local()
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# A thread's exception goes to threading.excepthook.
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="failing")
t.start()
t.join()
threading.excepthook = threading.__excepthook__

# SystemExit ends a thread quietly.
import sys
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("after SystemExit", t.is_alive())

# _thread directly, and its errors.
done = threading.Event()
box = []
ident = _thread.start_new_thread(lambda a, b=0: (box.append(a + b), done.set()), (1,), {"b": 2})
done.wait()
print(box, isinstance(ident, int))
for args in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
