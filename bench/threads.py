# Threads under the GIL: CPU-bound threads taking turns, a producer/consumer pair over queue.Queue, and
# workers handing results back through a lock and a condition.
import queue
import threading


def count(n):
    x = 0
    while x < n:
        x += 1
    return x


workers = [threading.Thread(target=count, args=(1500000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()

items = queue.Queue(maxsize=100)
received = []


def produce():
    for i in range(100000):
        items.put(i)
    items.put(None)


def consume():
    total = 0
    while (item := items.get()) is not None:
        total += item
    received.append(total)


pair = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in pair:
    t.start()
for t in pair:
    t.join()
print(received)

lock = threading.Lock()
done = threading.Condition(lock)
results = []


def square_all(start):
    for i in range(start, start + 20000):
        with lock:
            results.append(i * i)
            done.notify()


workers = [threading.Thread(target=square_all, args=(k * 20000,)) for k in range(5)]
for w in workers:
    w.start()
with done:
    done.wait_for(lambda: len(results) == 100000)
for w in workers:
    w.join()
print(len(results), sum(results) % 1000003)
