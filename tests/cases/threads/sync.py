# The synchronisation primitives between real threads: Condition, Event, Semaphore, Barrier, Queue, RLock.
import queue
import threading
import time

q = queue.Queue()
out = []


def producer():
    for i in range(20):
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        out.append(item * item)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)

cond = threading.Condition()
ready = []


def waiter(n):
    with cond:
        cond.wait_for(lambda: ready)
        ready.append(n)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.05)
with cond:
    ready.append("go")
    cond.notify_all()
for w in ws:
    w.join()
print(ready[0], sorted(ready[1:]))

barrier = threading.Barrier(3)
order = []
lock = threading.Lock()


def meet(n):
    index = barrier.wait()
    with lock:
        order.append(index)


bs = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print(sorted(order))

sem = threading.BoundedSemaphore(2)
active = 0
peak = 0


def limited():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1


ls = [threading.Thread(target=limited) for _ in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak", peak)

# A lock held by another thread: acquire times out, then succeeds once released.
held = threading.Lock()
held.acquire()
got = []
t = threading.Thread(target=lambda: got.append((held.acquire(timeout=0.01), held.acquire(blocking=False))))
t.start()
t.join()
print(got)
t = threading.Thread(target=lambda: got.append(held.acquire(timeout=5)))
t.start()
time.sleep(0.02)
held.release()
t.join()
print(got, held.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        t = threading.Thread(target=lambda: got.append(rlock.acquire(timeout=0.01)))
        t.start()
        t.join()
print(got[-1])
try:
    t = threading.Thread(target=rlock.release)
    t.start()
    t.join()
except RuntimeError as e:
    print(e)
event = threading.Event()
timer = threading.Timer(0.01, event.set)
timer.start()
print(event.wait(5), timer.is_alive() in (True, False))
timer.join()
