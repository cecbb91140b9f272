# Threads are switched preemptively: a CPU-bound loop waiting for a flag lets the thread that sets it run.
import sys
import threading

flag = []


def setter():
    x = 0
    for i in range(1000):
        x += i
    flag.append(x)


sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print(flag, spins > 0)

# Two CPU-bound threads both make progress.
counts = [0, 0]
stop = threading.Event()


def count(i):
    while not stop.is_set():
        counts[i] += 1


ts = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
import time
time.sleep(0.2)
stop.set()
for t in ts:
    t.join()
print(all(c > 0 for c in counts))
frames = sys._current_frames()
print(list(frames) == [threading.get_ident()])
