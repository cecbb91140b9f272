# PEP 475: a blocking read, write or open interrupted by a signal runs the signal's Python handler and is
# retried; an exception raised by the handler comes out of the call instead.
import io
import os
import signal

calls = []


def handler(signum, frame):
    calls.append(signum)
    os.write(w, b"from handler")


signal.signal(signal.SIGALRM, handler)

# os.read blocks on an empty pipe; the handler fills it.
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 100), calls)

# The same through an unbuffered and a buffered file object.
f = open(r, "rb", buffering=0, closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(f.read(100), len(calls))
f = io.open(r, "rb", closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(f.read1(100), len(calls))


class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop("from handler")


signal.signal(signal.SIGALRM, raising)
for reader in (lambda: os.read(r, 100), lambda: open(r, "rb", buffering=0, closefd=False).read(100)):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        reader()
    except Stop as e:
        print("Stop", e)

# SIGINT still means KeyboardInterrupt with the default handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGALRM, lambda *args: os.kill(os.getpid(), signal.SIGINT))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 100)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
os.close(r)
os.close(w)
