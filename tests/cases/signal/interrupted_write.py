# A signal that cuts a large buffered write to a pipe short (a partial write, no EINTR) runs its handler before
# the next, blocking write: the handler's exception ends the write (this used to block forever).
import io
import os
import signal


def handler(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, handler)
r, w = os.pipe()
wio = io.open(w, "wb", closefd=False)
signal.alarm(1)
try:
    wio.write(b"x" * (1 << 22))
except ZeroDivisionError:
    print("ZeroDivisionError")
finally:
    signal.alarm(0)
print(len(os.read(r, 100)))
os.close(r)
os.close(w)
