# os.kill to this process runs the handler before kill() returns (the try block catches what it raises);
# os.terminal_size and get_terminal_size's error off a terminal.
import os
import signal

def handler(signum, frame):
    raise KeyboardInterrupt("from handler")

old = signal.signal(signal.SIGINT, handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("caught", e)
signal.signal(signal.SIGINT, old)

size = os.terminal_size((80, 24))
print(size, size.columns, size.lines, tuple(size))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print("OSError", e.errno)
os.close(r)
os.close(w)

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2), repr(signal.SIG_IGN), repr(signal.getsignal(signal.SIGTERM)))
