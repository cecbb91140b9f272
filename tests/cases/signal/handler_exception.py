# An exception raised by a signal handler propagates from where the program was when the handler ran:
# a loop, a sleep, raise_signal itself.
import _signal as signal
import time

def boom(signum, frame):
    raise ValueError(f"handler for {signum}")

signal.signal(signal.SIGUSR1, boom)
try:
    signal.raise_signal(signal.SIGUSR1)
except ValueError as e:
    print("raise_signal:", e)

signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.02)
start = time.monotonic()
try:
    time.sleep(5)
except ValueError as e:
    print("sleep:", e, time.monotonic() - start < 4)

def spin():
    n = 0
    while True:
        n += 1

signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    spin()
except ValueError as e:
    print("loop:", e)

# A handler that returns lets the sleep finish.
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.01)
time.sleep(0.05)
print(ticks)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
