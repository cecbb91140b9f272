# queue: FIFO, LIFO and priority order, maxsize, Full/Empty with and without timeouts, task_done/join,
# SimpleQueue, and the errors.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (3, 1, 2):
        q.put(item)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
for put in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01), lambda: q.put_nowait(3)):
    try:
        put()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get_nowait())
for get in (lambda: q.get(block=False), lambda: q.get(timeout=0.01), lambda: q.get_nowait(),
            lambda: q.get(True, 0)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1) if q.maxsize else None):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(q.unfinished_tasks)
q.task_done()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
for get in (lambda: sq.get(block=False), lambda: sq.get(timeout=0.01), sq.get_nowait):
    try:
        get()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue[int], queue.SimpleQueue[str])
pq = queue.PriorityQueue()
for entry in [(2, "b"), (1, "a"), (3, "c")]:
    pq.put(entry)
print([pq.get()[1] for _ in range(3)])
print(sorted(queue.__all__))
